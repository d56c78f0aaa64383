"""The `pybuild` command line."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pybuild.build.project import BuildError, Project


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pybuild", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="render, bundle and write dist/ with its manifest")
    build.add_argument("--out", type=Path, default=None, help="output folder (default: dist/)")

    docs = sub.add_parser("docs", help="re-render the README's generated blocks (destination.toml, bench/results.json) "
                          "and the offline Intercom widget")
    docs.add_argument("--check", action="store_true", help="fail if a generated block or the widget is stale")

    serve = sub.add_parser("serve", help="serve the demo site on loopback")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--app-id", default=None, help="Intercom App ID for the demo (default: abc123xy, offline)")
    serve.add_argument("--real-widget", action="store_true",
                       help="load Intercom's real widget instead of the offline one (needs --app-id of your workspace)")
    serve.add_argument("--out", type=Path, default=None, help="the dist/ folder to serve")

    bench = sub.add_parser("bench", help="measure per-event cost, readiness, load and build time, bundle bytes")
    bench.add_argument("--events", type=int, default=5000, help="events per workload (at least 5000)")
    bench.add_argument("--runs", type=int, default=5, help="page loads per SDK build for the load timings")
    bench.add_argument("--only", choices=["page-speed"], default=None,
                       help="measure only this part (about a minute) and keep the rest of bench/results.json")

    snippet = sub.add_parser("snippet", help="print the HTML that loads the v3 SDK with your self-hosted plugin "
                             "(anonymous visitors; identify logged-in people with pybuild.embed.snippet)")
    snippet.add_argument("--write-key", required=True)
    snippet.add_argument("--data-plane-url", required=True)
    snippet.add_argument("--plugin-base-url", required=True,
                         help="where your copy of dist/modern/js-integrations is served (destSDKBaseURL)")
    snippet.add_argument("--sdk-url", default=None, help="the v3 SDK's UMD file (default: jsDelivr, pinned)")

    browser = sub.add_parser("browser", help="print the Chromium the tests use")
    browser.add_argument("--install", action="store_true", help="install one if there is none")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    try:
        if args.command == "snippet":  # for any site: needs no checkout of this project
            from pybuild.embed import DEFAULT_SDK_URL, snippet

            try:
                print(snippet(args.write_key, args.data_plane_url, plugin_base_url=args.plugin_base_url,
                              sdk_url=args.sdk_url or DEFAULT_SDK_URL))
            except ValueError as err:
                raise BuildError(str(err)) from err
            return 0
        project = Project.find(Path.cwd())
        out = (args.out if getattr(args, "out", None) else project.root / "dist").resolve()
        if args.command == "build":
            from pybuild.build.bundle import build

            for path in build(project, out):
                print(f"built {path.relative_to(out.parent) if out.parent in path.parents else path}")
        elif args.command == "docs":
            from pybuild.build import widget_facts
            from pybuild.embed import offline_widget
            from pybuild.build.render import update_readme

            stale = [path.relative_to(project.root).as_posix() for path in update_readme(project, check=args.check)]
            facts = offline_widget.FACTS.relative_to(Path(offline_widget.__file__).parents[2]).as_posix()
            if widget_facts.update(project.spec(), check=args.check):
                stale.append(facts)
            if args.check and stale:
                raise BuildError(f"{', '.join(stale)} out of date: run `pybuild docs` (or `make docs`)")
            print(f"{'updated' if stale else 'up to date'}: generated blocks of README.md and docs/*.md, {facts}"
                  + (f" ({', '.join(stale)} rewritten)" if stale else ""))
        elif args.command == "serve":
            from pybuild.demo.server import DEFAULT_APP_ID, serve_forever

            if args.real_widget and not args.app_id:
                raise BuildError("--real-widget needs --app-id: the App ID of your Intercom workspace")
            serve_forever(project, out, host=args.host, port=args.port, app_id=args.app_id or DEFAULT_APP_ID,
                          real_widget=args.real_widget)
        elif args.command == "bench":
            from pybuild.build.render import bench_results
            from pybuild.demo.bench import regressions, run_bench, run_page_speed, table, write_results

            try:
                previous = bench_results(project)
            except BuildError:
                previous = None  # nothing committed yet: nothing to compare
            if args.only == "page-speed":
                results = run_page_speed(project, out, previous)
            else:
                results = run_bench(project, out, events=args.events, runs=args.runs)
            print(table(results, previous, only=args.only))
            worse_by = project.measures()["bench"]["regression_warning"]
            for line in regressions(results, previous, worse_by):
                print(f"pybuild: warning: more than {worse_by:.0%} worse than bench/results.json: {line}",
                      file=sys.stderr)
            print(f"written to {write_results(project, results).relative_to(project.root)}")
        elif args.command == "browser":
            from pybuild.demo.browser import chromium_executable, ensure_chromium

            print(ensure_chromium() if args.install else chromium_executable() or "playwright's own chromium")
    except BuildError as err:
        print(f"pybuild: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0
