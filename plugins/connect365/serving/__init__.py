"""How the published site is served: one policy (types, caching, CSP, headers),
written as Netlify/Cloudflare `_headers` by the build and as an nginx server
configuration by `make nginx-config`."""
