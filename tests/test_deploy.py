"""Deploying on a real web server: Debian's nginx, started here on loopback with the
configuration `make nginx-config` prints, at the site's root and under /blog/;
`make deploy` to a folder; the daily publish workflow.

nginx cannot bind port 0, so the test binds the listening socket itself (port 0,
the system picks) and hands it to nginx, which takes inherited sockets named in
its NGINX environment variable (as in its binary upgrade). No port is reserved
and bound later.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml
from support import REPO, SAMPLE_CONTENT, build, write

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
LONG_OLD_PATH = "/2016/05/21/day-175-networking-is-work-and-other-things-i-learned-this-year/"
IMPORTS = Path(__file__).parent / "fixtures" / "imports"
IMPORTED_CHALLENGE = {"name": "Connect Daily", "length": 365, "start": "2016-05-01"}


class Nginx:
    """A real nginx on 127.0.0.1, on a socket this test bound and handed over."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(128)
        self.port = self.listener.getsockname()[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self, site_config: str) -> None:
        modules = f"load_module {BROTLI_MODULE};\n" if BROTLI_MODULE.is_file() else ""
        # Started as root, nginx's workers would be `nobody`, who cannot read pytest's
        # private temporary folders: they stay this test's user.
        modules += "user root root;\n" if os.geteuid() == 0 else ""
        main = self.folder / "nginx.conf"
        main.write_text(
            f"{modules}worker_processes 1;\nevents {{}}\n"
            f"http {{\n    access_log off;\n    include {self.folder / 'site.conf'};\n}}\n",
            encoding="utf-8",
        )
        (self.folder / "site.conf").write_text(site_config, encoding="utf-8")
        fd = self.listener.fileno()
        os.set_inheritable(fd, True)
        self.process = subprocess.Popen(
            [
                NGINX,
                "-c",
                str(main),
                "-p",
                f"{self.folder}/",
                "-g",
                f"daemon off; pid {self.folder}/nginx.pid; error_log {self.folder}/error.log;",
            ],
            env={**os.environ, "NGINX": f"{fd};"},
            pass_fds=[fd],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                self.get("/")
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError((self.folder / "error.log").read_text())

    def get(self, path: str, **headers) -> tuple[int, dict, bytes]:
        """Status, headers (lower-case names) and the body as sent, redirects not followed."""
        request = urllib.request.Request(self.origin + path, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=10) as response:
                return (
                    response.status,
                    {k.lower(): v for k, v in response.headers.items()},
                    response.read(),
                )
        except urllib.error.HTTPError as answer:
            return answer.code, {k.lower(): v for k, v in answer.headers.items()}, answer.read()

    def stop(self) -> None:
        if self.process:
            self.process.send_signal(signal.SIGQUIT)
            self.process.wait(timeout=10)
        self.listener.close()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def nginx_config(root: Path, server: Nginx, location: str = "/") -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tools.nginx_config",
            "--root",
            str(root),
            "--server-name",
            "localhost",
            "--listen",
            f"127.0.0.1:{server.port}",
            "--location",
            location,
            "--brotli" if BROTLI_MODULE.is_file() else "--no-brotli",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def sample_with_old_addresses(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(SAMPLE_CONTENT, content)
    write(
        content,
        "posts/moved.md",
        "Title: A post from the old blog\nDate: 2026-11-05 09:00\nTags: career\n"
        f"Redirect_from: {LONG_OLD_PATH}\n\nIt moved here with the rest.\n",
    )
    return content


@pytest.fixture(scope="module", params=["/", "/blog/"], ids=["root", "subpath"])
def served(request, tmp_path_factory):
    """The sample, published for the address nginx serves it at, behind nginx."""
    location = request.param
    work = tmp_path_factory.mktemp("nginx")
    server = Nginx(work)
    try:
        siteurl = server.origin + location.rstrip("/")
        built = build(
            sample_with_old_addresses(work),
            work / "output",
            settings="publishconf.py",
            search=True,
            SITEURL=siteurl,
        )
        assert built.returncode == 0, built.log
        server.start(nginx_config(built.output, server, location))
        yield server, built, location
    finally:
        server.stop()


PAGES = {
    "/": "text/html",
    "day/3/": "text/html",
    "challenge/": "text/html",
    "homework/": "text/html",
    "tags/": "text/html",
    "tag/career/": "text/html",
    "archives/": "text/html",
    "search/": "text/html",
    "about/": "text/html",
    "page/2/": "text/html",
    "feeds/all.rss.xml": "application/rss+xml",
    "feeds/all.atom.xml": "application/atom+xml",
    "feeds/homework.rss.xml": "application/rss+xml",
    "feeds/all.json": "application/feed+json",
    "challenge.json": "application/json",
    "challenge.ics": "text/calendar",
    "sitemap.xml": "application/xml",
    "robots.txt": "text/plain",
}


def test_every_page_kind_and_feed_answers_with_its_type_and_charset(served):
    server, built, location = served
    for path, kind in PAGES.items():
        if path.startswith("feeds/all.json") and not (built.output / path).is_file():
            continue
        url = location + path.lstrip("/")
        status, headers, _ = server.get(url)
        assert status == 200, url
        assert headers["content-type"] == f"{kind}; charset=utf-8", (url, headers["content-type"])
        assert headers["x-content-type-options"] == "nosniff"
        assert "script-src 'self' 'wasm-unsafe-eval'" in headers["content-security-policy"]


def test_a_missing_page_is_the_styled_404_with_status_404(served):
    server, _, location = served
    status, headers, body = server.get(
        location + "no/such/page/", **{"Accept-Encoding": "identity"}
    )
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert b"Page not found" in body and b'href="#main"' in body


def test_precompressed_files_go_out_compressed_and_smaller(served):
    server, built, location = served
    encodings = ["gzip"] + (["br"] if BROTLI_MODULE.is_file() else [])
    css = next((built.output / "theme" / "css").glob("site.*.css")).name
    for path in ("day/3/", f"theme/css/{css}", "feeds/all.rss.xml"):
        on_disk = built.output / (path + "index.html" if path.endswith("/") else path)
        for encoding in encodings:
            status, headers, body = server.get(location + path, **{"Accept-Encoding": encoding})
            assert status == 200
            assert headers.get("content-encoding") == encoding, (path, encoding)
            assert len(body) < on_disk.stat().st_size / 2, (path, encoding)


def test_content_named_files_are_cached_for_a_year_and_pages_are_asked_again(served):
    server, built, location = served
    theme = built.output / "theme"
    named = [p.relative_to(built.output).as_posix() for p in theme.rglob("*.[cj]s*")]
    named = [p for p in named if p.endswith((".css", ".js"))]
    assert named and all(re.search(r"\.[0-9a-f]{10}\.(css|js)$", p) for p in named), named
    assert not (theme / "css" / "site.css").exists() and not (theme / "js" / "pace.js").exists()
    ui = [p.name for p in (built.output / "pagefind").glob("pagefind-ui.*")]
    assert ui and all(re.search(r"\.[0-9a-f]{10}\.(css|js)", name) for name in ui), ui
    for path in [*named, "pagefind/" + ui[0]]:
        _, headers, _ = server.get(location + path)
        assert headers["cache-control"] == "public, max-age=31536000, immutable", path
    for path in ("", "day/3/", "feeds/all.rss.xml", "theme/favicon.svg", "pagefind/pagefind.js"):
        _, headers, _ = server.get(location + path)
        assert headers["cache-control"] == "no-cache", path
    day = built.page("/day/3/")
    assert re.search(
        r'<link rel="stylesheet" href="[^"]+site\.[0-9a-f]{10}\.css" integrity="sha384-', day
    )


def test_old_addresses_answer_301_even_a_long_one(served):
    server, _built, location = served
    assert len(LONG_OLD_PATH) > 64
    status, headers, _ = server.get(location + LONG_OLD_PATH.lstrip("/"))
    assert status == 301
    assert headers["location"] == f"{location}posts/2026/a-post-from-the-old-blog/"
    assert server.get(headers["location"])[0] == 200


def test_files_for_the_host_are_not_served_and_nothing_of_the_servers_is_published(served):
    server, built, location = served
    for name in ("_redirects", "_headers"):
        assert (built.output / name).is_file()
        assert server.get(location + name)[0] == 404, name
    assert not list(built.output.rglob("*.nginx.conf"))


def test_the_headers_file_holds_the_same_policy(served):
    server, built, location = served
    text = (built.output / "_headers").read_text()
    _, headers, _ = server.get(location)
    assert f"  Content-Security-Policy: {headers['content-security-policy']}" in text
    assert f"{location}theme/css/*\n  Cache-Control: public, max-age=31536000, immutable" in text


CSP_WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def test_no_page_breaks_the_content_security_policy_and_search_works(served, browser):
    server, _, location = served
    context = browser.new_context()
    context.add_init_script(CSP_WATCH)
    console: list[str] = []
    page = context.new_page()
    page.on("console", lambda m: console.append(m.text))
    for path in [p for p, kind in PAGES.items() if kind == "text/html"] + ["no/such/page/"]:
        page.goto(server.origin + location + path.lstrip("/"))
        page.wait_for_load_state("load")
        assert page.evaluate("window.__violations") == [], path
    page.goto(server.origin + location + "search/")
    page.locator(".pagefind-ui__search-input").fill("thrifty")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=15_000)
    assert "pay in advance" in result.inner_text().replace("\xa0", " ")
    assert page.evaluate("window.__violations") == []
    assert not [m for m in console if "Content Security Policy" in m], console
    context.close()


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    work = tmp_path_factory.mktemp("imported")
    content = work / "content"
    content.mkdir()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "connect365.importer",
            str(IMPORTS / "wordpress.xml"),
            str(content),
            "-e",
            f"CHALLENGE={json.dumps(IMPORTED_CHALLENGE)}",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    server = Nginx(work)
    try:
        built = build(
            content,
            work / "output",
            epoch="1463763600",
            settings="publishconf.py",
            SITEURL=server.origin,
            CHALLENGE=IMPORTED_CHALLENGE,
        )
        assert built.returncode == 0, built.log
        server.start(nginx_config(built.output, server))
        yield server, built
    finally:
        server.stop()


def test_every_old_address_of_an_imported_blog_answers_301_to_a_page(imported):
    server, built = imported
    rules = (built.output / "_redirects").read_text().split("\n")
    rules = [rule.split() for rule in rules if rule]
    assert len(rules) >= 5
    for old, new, _code in rules:
        status, headers, _ = server.get(old)
        assert (status, headers["location"]) == (301, new), old
        assert server.get(new)[0] == 200, new


def test_make_deploy_uploads_only_what_changed_and_removes_what_is_gone(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SAMPLE_CONTENT, content)
    output, target = tmp_path / "output", tmp_path / "host" / "www"
    (target / ".well-known").mkdir(parents=True)
    (target / ".well-known" / "token").write_text("the host's own")

    def publish_and_deploy() -> str:
        built = build(content, output, settings="publishconf.py")
        assert built.returncode == 0, built.log
        done = subprocess.run(
            [sys.executable, "-m", "tools.deploy", str(output), str(target)],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    first = publish_and_deploy()
    assert re.fullmatch(rf"deploy: {re.escape(str(target))}: \d+ files sent, 0 deleted", first)
    assert (target / "day" / "3" / "index.html").is_file()
    assert publish_and_deploy().endswith(": 0 files sent, 0 deleted")
    sorted((content / "posts").glob("*.md"))[0].unlink()
    third = publish_and_deploy()
    assert not third.endswith(" 0 deleted"), third
    assert (target / ".well-known" / "token").read_text() == "the host's own"
    assert sorted(
        p.relative_to(target) for p in target.rglob("*") if ".well-known" not in p.parts
    ) == sorted(p.relative_to(output) for p in output.rglob("*"))


def test_deploy_refuses_an_option_as_its_target(tmp_path):
    """DEPLOY_TARGET reaches rsync as data: one that looks like an option is refused."""
    (tmp_path / "index.html").write_text("<p>site</p>")
    marker = tmp_path / "ran"
    done = subprocess.run(
        [sys.executable, "-m", "tools.deploy", "--from-environment", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "DEPLOY_TO": f"--rsh=touch {marker}"},
    )
    assert done.returncode == 2
    assert "DEPLOY_TARGET: '--rsh=touch" in done.stderr and "not an option" in done.stderr
    assert not marker.exists()


def test_the_daily_workflow_runs_what_the_readme_names():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "publish.yml").read_text())
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true
    assert "push" in triggers and triggers["schedule"][0]["cron"]
    steps = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert any("make publish" in run for run in steps)
    readme = (REPO / "README.md").read_text()
    assert "## Publishing every day" in readme and "make publish" in readme
