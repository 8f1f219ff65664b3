# Pelican's own targets (html, serve, devserver, publish, clean) plus ours.
# Every target first makes sure .venv/ holds the packages it needs, from the
# locks in requirements/ (uv pip sync: in place, every file checked against
# its hash): the runtime set for the site, the test set for `make test`.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
RUNTIME_ENV := $(VENV)/.runtime
TEST_ENV := $(VENV)/.test
COMMENTS_ENV := $(VENV)/.comments
# Our own packages: a change to one of their definitions installs them again.
OURS := pyproject.toml $(wildcard plugins/*/pyproject.toml)
SYNC = $(UV) pip sync --python $(BIN)/python

# Your blog (blogconf.py and content/, written by `make quickstart`), or the
# sample blog in sample/ until then and whenever SAMPLE=1 is given.
OWN_BLOG := $(if $(SAMPLE)$(CONNECT365_SAMPLE),,$(wildcard blogconf.py))
INPUTDIR := $(if $(OWN_BLOG),content,sample/content)
export CONNECT365_SAMPLE := $(if $(OWN_BLOG),,1)
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
HOST := 127.0.0.1
PORT := 8000

# pelican, but a build stopped with Ctrl-C exits non-zero (tools/build.py)
BUILD := $(BIN)/python -m tools.build
PELICANOPTS ?=

.PHONY: help venv lock quickstart test-quick html serve devserver publish clean test lint check new-day import comments bench nginx-config deploy translations

help:
	@echo "make serve      build the site (the sample until make quickstart) and serve it at http://$(HOST):$(PORT)"
	@echo "make quickstart make it your own challenge blog (asks, or SITENAME=... AUTHOR=...)"
	@echo "make test       run every test"
	@echo "make test-quick every test but the browser, validator and server ones (no lint)"
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

venv: $(RUNTIME_ENV)

# uv, from its lock (requirements/bootstrap.txt, hash-checked by pip), into a
# virtual environment made once; the sets below are synced with it.
$(UV): requirements/bootstrap.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check --require-hashes -r requirements/bootstrap.txt
	touch $@

# The runtime set: what building, serving and importing need. Where the test
# set (or Isso's) was installed, that larger set is synced instead, so a
# `make serve` after a change never takes the test tools away.
LARGEST_SET = $(if $(wildcard $(TEST_ENV)),test,$(if $(wildcard $(COMMENTS_ENV)),comments,runtime))
$(RUNTIME_ENV): requirements/runtime.txt $(OURS) | $(UV)
	$(SYNC) requirements/$(LARGEST_SET).txt
	touch $@ $(wildcard $(TEST_ENV) $(COMMENTS_ENV))

# The test set holds the runtime set and Isso's, so it stands for all three.
$(TEST_ENV): requirements/test.txt $(OURS) | $(UV)
	$(SYNC) requirements/test.txt
	touch $(RUNTIME_ENV) $(COMMENTS_ENV) $@

$(COMMENTS_ENV): requirements/comments.txt $(OURS) | $(UV)
	test -f $(TEST_ENV) || { $(SYNC) requirements/comments.txt && touch $(RUNTIME_ENV); }
	touch $@

# make lock: the locks again from requirements/*.in and the pyproject.toml
# files, keeping every pin that still fits (uv prefers the versions a lock has).
lock: | $(UV)
	for set in bootstrap runtime test comments; do \
	  $(UV) pip compile --quiet --generate-hashes --python-version 3.11.5 \
	    requirements/$$set.in -o requirements/$$set.txt || exit 1; \
	done

html: $(RUNTIME_ENV)
	$(BUILD) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

# Binds the port first (a busy one is said at once, with the PORT= hint), then
# builds, then serves what the build wrote.
serve: $(RUNTIME_ENV)
	$(BIN)/python -m tools.serve $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --port $(PORT) $(PELICANOPTS)

devserver: $(RUNTIME_ENV)
	$(BIN)/python -m tools.devserver $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --port $(PORT)

publish: $(RUNTIME_ENV)
	$(BIN)/python -m tools.publish_check $(INPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)
	$(BUILD) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) $(PELICANOPTS)

check: $(RUNTIME_ENV)
	$(BIN)/python -m connect365.checking $(INPUTDIR) -s $(CONFFILE)

# make new-day TITLE="Networking is work" [DAY=175]
# TITLE and DAY reach the command as data, through the environment, exactly as
# typed: never pasted into a shell line, never expanded by make ($(value ...)).
unexport TITLE DAY
new-day: export NEW_DAY_TITLE = $(value TITLE)
new-day: export NEW_DAY = $(value DAY)
new-day: $(RUNTIME_ENV)
	$(BIN)/python -m tools.new_day --from-environment $(INPUTDIR) -s $(CONFFILE)

# make quickstart [SITENAME=... SUBTITLE=... AUTHOR=... CHALLENGE_NAME=... LENGTH=365
#   START=YYYY-MM-DD TIMEZONE=Area/City SITEURL=https://... SITE_LANG=en]
# Asks for what is not given (when it can). Answers pass as data, like
# new-day's TITLE; it needs no .venv (standard library only).
unexport SITENAME SUBTITLE AUTHOR CHALLENGE_NAME LENGTH START TIMEZONE SITE_LANG
quickstart: export QUICKSTART_SITENAME = $(value SITENAME)
quickstart: export QUICKSTART_SUBTITLE = $(value SUBTITLE)
quickstart: export QUICKSTART_AUTHOR = $(value AUTHOR)
quickstart: export QUICKSTART_CHALLENGE_NAME = $(value CHALLENGE_NAME)
quickstart: export QUICKSTART_LENGTH = $(value LENGTH)
quickstart: export QUICKSTART_START = $(value START)
quickstart: export QUICKSTART_TIMEZONE = $(value TIMEZONE)
quickstart: export QUICKSTART_SITEURL = $(value SITEURL)
quickstart: export QUICKSTART_SITE_LANG = $(value SITE_LANG)
quickstart:
	$(PYTHON) -m tools.quickstart --from-environment

# make import SOURCE=export.xml [UPLOADS=wp-content/uploads] [DRY_RUN=1] [FORCE=1]
# Passed as data, like new-day's TITLE.
unexport SOURCE UPLOADS DRY_RUN FORCE
import: export IMPORT_SOURCE = $(value SOURCE)
import: export IMPORT_UPLOADS = $(value UPLOADS)
import: export IMPORT_DRY_RUN = $(value DRY_RUN)
import: export IMPORT_FORCE = $(value FORCE)
import: export IMPORT_CONTENT = $(value INPUTDIR)
import: $(RUNTIME_ENV)
	$(BIN)/python -m connect365.importer --from-environment -s $(CONFFILE)

# make nginx-config ROOT=output SERVER_NAME=blog.example LISTEN=80 [LOCATION=/blog/]
# Values reach the command as data, like new-day's TITLE.
unexport ROOT SERVER_NAME LISTEN LOCATION DEPLOY_TARGET
nginx-config: export NGINX_ROOT = $(value ROOT)
nginx-config: export NGINX_SERVER_NAME = $(value SERVER_NAME)
nginx-config: export NGINX_LISTEN = $(value LISTEN)
nginx-config: export NGINX_LOCATION = $(value LOCATION)
nginx-config: $(RUNTIME_ENV)
	@$(BIN)/python -m tools.nginx_config --from-environment -s $(PUBLISHCONF)

# make deploy DEPLOY_TARGET=user@host:/var/www/blog (or a local folder)
deploy: export DEPLOY_TO = $(value DEPLOY_TARGET)
deploy: publish
	$(BIN)/python -m tools.deploy --from-environment $(OUTPUTDIR)

# A local Isso on 127.0.0.1:8080 for the pages `make devserver` serves. Build
# with COMMENTS on to try it: make devserver PELICANOPTS=... (README, Comments).
comments: $(COMMENTS_ENV)
	$(BIN)/isso -c comments/isso.cfg run

# The site's words (README, "The site's words"): messages.pot from the templates
# and connect365's code, then each language's .po updated; a new msgid is empty
# there until translated, and tests/test_words.py fails until it is.
TRANSLATIONS := plugins/connect365/translations
translations: $(TEST_ENV)
	$(BIN)/pybabel extract -F $(TRANSLATIONS)/babel.cfg --no-location --sort-output \
		--project "Connect 365" --msgid-bugs-address "" -o $(TRANSLATIONS)/messages.pot .
	$(BIN)/pybabel update -i $(TRANSLATIONS)/messages.pot -d $(TRANSLATIONS) \
		--no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date

lint: $(TEST_ENV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(TEST_ENV) lint
	$(BIN)/python -m pytest

# The quick loop: every test but those that drive Chromium, run the Nu HTML
# Checker or start a server process (markers, tests/markers.py); no lint.
test-quick: $(TEST_ENV)
	$(BIN)/python -m pytest -m "not browser and not validator and not server"

# Not part of `make test`: takes minutes (36,500 posts); writes bench/RESULTS.md.
bench: $(TEST_ENV)
	$(BIN)/python -m bench.run $(if $(SIZES),--sizes $(SIZES))

clean:
	rm -rf $(OUTPUTDIR) .$(OUTPUTDIR).staging cache .pytest_cache
