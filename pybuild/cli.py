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

    docs = sub.add_parser("docs", help="re-render the README's generated blocks (destination.toml, "
                          "bench/results.json), the facts pybuild.embed ships, and copy the offline RudderStack's files (node_modules, "
                          "dist/: run `pybuild build` first)")
    docs.add_argument("--check", action="store_true", help="fail if a generated block or a shipped file is stale")

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

    snippet = sub.add_parser("snippet", help="print RudderStack's v3 loading snippet with your self-hosted plugin, "
                             "for every browser (anonymous visitors; identify logged-in people with "
                             "pybuild.embed.snippet)")
    snippet.add_argument("--write-key", required=True)
    snippet.add_argument("--data-plane-url", required=True)
    snippet.add_argument("--plugin-base-url", required=True,
                         help="the folder where your copy of dist/ is served, holding modern/js-integrations/ and "
                         "legacy/js-integrations/ (destSDKBaseURL is <this>/<build>/js-integrations)")
    snippet.add_argument("--sdk-base-url", default=None,
                         help="the folder holding modern/rsa.min.js and legacy/rsa.min.js (default: RudderStack's CDN, "
                         "https://cdn.rudderlabs.com/v3)")
    snippet.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                         help="a page option of the plugin (repeatable), e.g. --option bootAnonymousVisitors=false")

    sub.add_parser("mutation", help="summarize `make mutate`'s mutation/report.json into bench/mutation.json "
                   "(then `pybuild docs` renders its score)")

    browser = sub.add_parser("browser", help="print the Chromium the tests use")
    browser.add_argument("--install", action="store_true", help="install one if there is none")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    try:
        if args.command == "snippet":  # for any site: needs no checkout of this project
            from pybuild.embed import DEFAULT_SDK_BASE_URL, snippet
            from pybuild.embed.page_options import parsed

            try:
                print(snippet(args.write_key, args.data_plane_url, plugin_base_url=args.plugin_base_url,
                              sdk_base_url=args.sdk_base_url or DEFAULT_SDK_BASE_URL,
                              options=dict(parsed(option) for option in args.option)))
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
            from pybuild.build import offline_files, widget_facts
            from pybuild.embed import offline_rudderstack, offline_widget, page_options
            from pybuild.build.render import update_readme

            spec, check = project.spec(), args.check
            here = Path(offline_widget.__file__).parents[2]  # shipped files are named from the package's checkout
            checks = [
                ("README.md and docs/*.md", lambda: [p.relative_to(project.root).as_posix()
                                                     for p in update_readme(project, check=check)]),
                (offline_widget.FACTS.relative_to(here).as_posix(), lambda: widget_facts.update(spec, check=check)),
                (page_options.TABLE.relative_to(here).as_posix(),
                 lambda: widget_facts.update_options(spec, check=check)),
                (offline_rudderstack.FOLDER.relative_to(here).as_posix() + "/ (from node_modules and dist/)",
                 lambda: offline_files.update(project, check=check)),
            ]
            stale = []
            for label, update in checks:
                found = update()
                if found:
                    stale.append(", ".join(found) if isinstance(found, list) else label)
                print(f"{label}: " + ("out of date" if found and check else "updated" if found else "up to date"))
            if check and stale:
                raise BuildError(f"{'; '.join(stale)} out of date: run `pybuild docs` (or `make docs`)")
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
        elif args.command == "mutation":
            from pybuild.build.mutation import write_summary

            print(f"written to {write_summary(project).relative_to(project.root)}")
        elif args.command == "browser":
            from pybuild.demo.browser import chromium_executable, ensure_chromium

            print(ensure_chromium() if args.install else chromium_executable() or "playwright's own chromium")
    except BuildError as err:
        print(f"pybuild: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0
