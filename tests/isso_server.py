"""The real Isso (PyPI's) on a port the system picks: `python tests/isso_server.py CONFIG`.

`isso run` takes its port from the config and reads 0 as 80, so a test could
only hand it a port reserved earlier, which another server may take in
between. This serves Isso's own WSGI app the way `isso run` does (werkzeug,
threaded), bound to port 0, and prints the port it got as its first line.
"""

import sys

from isso import config, make_app
from werkzeug.serving import make_server

if __name__ == "__main__":
    conf = config.load(config.default_file(), sys.argv[1])
    server = make_server("127.0.0.1", 0, make_app(conf), threaded=True)
    print(server.server_port, flush=True)
    server.serve_forever()
