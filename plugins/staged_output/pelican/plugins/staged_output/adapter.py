"""The one place this plugin reaches past Pelican's public API (written for Pelican 4.12).

Pelican copies OUTPUT_PATH onto the `Pelican` object before `initialized`
fires, and hands that copy to every generator and writer; no setting moves
it later. `test_staged_output.test_adapter_moves_the_output` fails if that
changes.
"""

from __future__ import annotations

from pathlib import Path


def redirect_output(pelican, folder: Path) -> None:
    """Make every generator and writer of `pelican` write into `folder`."""
    pelican.output_path = str(folder)
    # Emptying the staging folder each run deletes nothing of the real output.
    pelican.delete_outputdir = True
