"""Post pages rendered on every core: `BUILD_JOBS` processes, the same bytes as one.

Pelican's public `get_writer` signal gives the build our `ParallelWriter`.
When the articles generator writes a post's page, the writer does what
Pelican's `Writer.write_file` does, in the same order (the file is created,
`content_written` is sent with the same local context, so the sitemap and
the link check see the same pages in the same order), except that the
template is not rendered yet: a stand-in notes the template and the local
context it would have rendered. On `article_writer_finalized`, `flush`
forks `BUILD_JOBS - 1` workers; each one, and this process, renders its
share of the noted pages into their files. A fork gives every worker the
whole build in memory without copying or pickling anything.

Each page is rendered with exactly the local context Pelican gave it, and
with the shared context's `localsiteurl` set as Pelican sets it before each
page (relative URLs depend on it), so the bytes do not depend on the number
of workers. A worker that fails fails the build. Without `os.fork` (not
POSIX), or with one job, pages are rendered as Pelican renders them.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from pelican.utils import sanitised_join
from pelican.writers import Writer


@dataclass
class _Render:
    template: object
    context: dict  # the shared context, whose localsiteurl Pelican sets per page
    localcontext: dict
    path: str = ""


class _Later:
    """Stands in for a template: notes what it would render, and renders nothing now."""

    def __init__(self, template, context: dict, noted: list[_Render]) -> None:
        self.template, self.context, self.noted = template, context, noted

    def render(self, localcontext: dict) -> str:
        self.noted.append(_Render(self.template, self.context, localcontext))
        return ""


def build_jobs(settings: dict) -> int:
    return settings.get("BUILD_JOBS") or os.cpu_count() or 1


class ParallelWriter(Writer):
    def __init__(self, output_path, settings=None) -> None:
        super().__init__(output_path, settings=settings)
        self.jobs = build_jobs(self.settings) if hasattr(os, "fork") else 1
        self.noted: list[_Render] = []

    def write_file(self, name, template, context, *args, **kwargs):
        one_post = "article" in kwargs and not args and kwargs.get("paginated") is None
        if self.jobs <= 1 or not one_post or not name:
            return super().write_file(name, template, context, *args, **kwargs)
        count = len(self.noted)
        super().write_file(name, _Later(template, context, self.noted), context, **kwargs)
        if len(self.noted) > count:
            self.noted[-1].path = sanitised_join(self.output_path, name)
        return None

    def flush(self) -> None:
        """Render every noted page, this process and `jobs - 1` forked workers sharing them."""
        noted, self.noted = self.noted, []
        contexts = {id(r.context): r.context for r in noted}
        before = {key: context.get("localsiteurl") for key, context in contexts.items()}
        jobs = min(self.jobs, len(noted))
        workers = []
        for share in range(1, jobs):
            pid = os.fork()
            if pid == 0:  # a worker: render its share, then leave without cleanup
                status = 1
                try:
                    status = _render_all(noted[share::jobs])
                finally:
                    os._exit(status)  # never back into the parent's code, whatever happened
            workers.append(pid)
        failed = _render_all(noted[0::jobs] if jobs else noted)
        for pid in workers:
            _, status = os.waitpid(pid, 0)
            failed = failed or status != 0
        for key, context in contexts.items():  # as the last page Pelican wrote left it
            context["localsiteurl"] = before[key]
        if failed:
            raise RuntimeError("rendering post pages failed (the page and error are printed above)")


def _render_all(renders: list[_Render]) -> int:
    try:
        for render in renders:
            if render.localcontext["localsiteurl"]:
                render.context["localsiteurl"] = render.localcontext["localsiteurl"]
            output = render.template.render(render.localcontext)
            with open(render.path, "w", encoding="utf-8") as out:
                out.write(output)
    except Exception as wrong:
        print(f"{render.path}: {type(wrong).__name__}: {wrong}", file=sys.stderr, flush=True)
        return 1
    return 0


def writer_class(pelican) -> type:
    return ParallelWriter


def flush(generator, writer) -> None:
    if isinstance(writer, ParallelWriter):
        writer.flush()
