# Pelican's own targets (html, serve, devserver, publish, clean) plus ours.
# Every target first makes sure .venv/ exists and matches requirements.txt.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
HOST := 127.0.0.1
PORT := 8000

PELICAN := $(BIN)/pelican
# pelican, but a build stopped with Ctrl-C exits non-zero (tools/build.py)
BUILD := $(BIN)/python -m tools.build
PELICANOPTS ?=

.PHONY: help venv html serve devserver publish clean test lint check new-day import comments bench nginx-config deploy translations

help:
	@echo "make serve      build the sample site and serve it at http://$(HOST):$(PORT)"
	@echo "make test       run every test"
	@echo "make html       build the site into $(OUTPUTDIR)/"
	@echo "make devserver  build, serve and rebuild on every change"
	@echo "make publish    build with publishconf.py (SITEURL from the environment)"
	@echo "make check      validate the content without building"
	@echo "make new-day TITLE=\"...\" [DAY=N]  start the next day's post and homework"
	@echo "make import SOURCE=export.xml [UPLOADS=dir] [DRY_RUN=1] [FORCE=1]  move a blog or log in"
	@echo "make nginx-config ROOT=output SERVER_NAME=... LISTEN=80 [LOCATION=/blog/]  print an nginx config"
	@echo "make deploy DEPLOY_TARGET=user@host:path  make publish, then upload what changed (rsync)"
	@echo "make comments   a local Isso comment server on 127.0.0.1:8080 (see README, Comments)"
	@echo "make lint       ruff check and ruff format --check"
	@echo "make translations  extract the site's words into messages.pot and update every .po"
	@echo "make bench      build and preview times against bare Pelican and Hugo at 365, 3,650 and 36,500 posts"
	@echo "make clean      remove $(OUTPUTDIR)/ and caches"

venv: $(STAMP)

# Recreated when missing or when requirements.txt or a package definition of
# ours (the site package, a generic plugin) is newer than the last install.
$(STAMP): requirements.txt pyproject.toml $(wildcard plugins/*/pyproject.toml)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

html: $(STAMP)
	$(BUILD) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

serve: html
	$(PELICAN) --listen --bind $(HOST) --port $(PORT) -o $(OUTPUTDIR) -s $(CONFFILE)

devserver: $(STAMP)
	$(BIN)/python -m tools.devserver $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --port $(PORT)

publish: $(STAMP)
	$(BUILD) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)

check: $(STAMP)
	$(BIN)/python -m connect365.checking $(INPUTDIR) -s $(CONFFILE)

# make new-day TITLE="Networking is work" [DAY=175]
# TITLE and DAY reach the command as data, through the environment, exactly as
# typed: never pasted into a shell line, never expanded by make ($(value ...)).
unexport TITLE DAY
new-day: export NEW_DAY_TITLE = $(value TITLE)
new-day: export NEW_DAY = $(value DAY)
new-day: $(STAMP)
	$(BIN)/python -m tools.new_day --from-environment $(INPUTDIR) -s $(CONFFILE)

# make import SOURCE=export.xml [UPLOADS=wp-content/uploads] [DRY_RUN=1] [FORCE=1]
# Passed as data, like new-day's TITLE.
unexport SOURCE UPLOADS DRY_RUN FORCE
import: export IMPORT_SOURCE = $(value SOURCE)
import: export IMPORT_UPLOADS = $(value UPLOADS)
import: export IMPORT_DRY_RUN = $(value DRY_RUN)
import: export IMPORT_FORCE = $(value FORCE)
import: export IMPORT_CONTENT = $(value INPUTDIR)
import: $(STAMP)
	$(BIN)/python -m connect365.importer --from-environment -s $(CONFFILE)

# make nginx-config ROOT=output SERVER_NAME=blog.example LISTEN=80 [LOCATION=/blog/]
# Values reach the command as data, like new-day's TITLE.
unexport ROOT SERVER_NAME LISTEN LOCATION DEPLOY_TARGET
nginx-config: export NGINX_ROOT = $(value ROOT)
nginx-config: export NGINX_SERVER_NAME = $(value SERVER_NAME)
nginx-config: export NGINX_LISTEN = $(value LISTEN)
nginx-config: export NGINX_LOCATION = $(value LOCATION)
nginx-config: $(STAMP)
	@$(BIN)/python -m tools.nginx_config --from-environment -s $(PUBLISHCONF)

# make deploy DEPLOY_TARGET=user@host:/var/www/blog (or a local folder)
deploy: export DEPLOY_TO = $(value DEPLOY_TARGET)
deploy: publish
	$(BIN)/python -m tools.deploy --from-environment $(OUTPUTDIR)

# A local Isso on 127.0.0.1:8080 for the pages `make devserver` serves. Build
# with COMMENTS on to try it: make devserver PELICANOPTS=... (README, Comments).
comments: $(STAMP)
	$(BIN)/isso -c comments/isso.cfg run

# The site's words (README, "The site's words"): messages.pot from the templates
# and connect365's code, then each language's .po updated; a new msgid is empty
# there until translated, and tests/test_words.py fails until it is.
TRANSLATIONS := plugins/connect365/translations
translations: $(STAMP)
	$(BIN)/pybabel extract -F $(TRANSLATIONS)/babel.cfg --no-location --sort-output \
		--project "Connect 365" --msgid-bugs-address "" -o $(TRANSLATIONS)/messages.pot .
	$(BIN)/pybabel update -i $(TRANSLATIONS)/messages.pot -d $(TRANSLATIONS) \
		--no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(STAMP) lint
	$(BIN)/python -m pytest

# Not part of `make test`: takes minutes (36,500 posts); writes bench/RESULTS.md.
bench: $(STAMP)
	$(BIN)/python -m bench.run $(if $(SIZES),--sizes $(SIZES))

clean:
	rm -rf $(OUTPUTDIR) .$(OUTPUTDIR).staging cache .pytest_cache
