# actorgraph: the two commands a newcomer needs are `make demo` and
# `make test` (see README.md). Neo4j runs in Docker when an engine answers
# (`docker info`), else locally with Java 17 via scripts/neo4j.sh.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

GO ?= go
BIN := bin/ingest
NEO4J_BOLT_PORT ?= 7687
export NEO4J_BOLT_PORT

# Load the Neo4j settings from .env for the tools run below; the password is
# passed through the environment only, never printed.
password = $$(grep -E '^NEO4J_PASSWORD=' .env | tail -1 | cut -d= -f2-)
neo4j_env = ACTORGRAPH_NEO4J_URI=$${ACTORGRAPH_NEO4J_URI:-bolt://127.0.0.1:$(NEO4J_BOLT_PORT)} \
	ACTORGRAPH_NEO4J_USER=$${ACTORGRAPH_NEO4J_USER:-neo4j} \
	ACTORGRAPH_NEO4J_PASSWORD="$(password)"
bolt_up = (exec 3<>/dev/tcp/127.0.0.1/$(NEO4J_BOLT_PORT)) 2>/dev/null

# Tests and benchmarks empty the database they use, so they get a Neo4j of
# their own (data in .neo4j-test/, Bolt on 7688), never the one on 7687
# that `make demo` and `ingest run` fill.
TEST_BOLT_PORT ?= 7688
TEST_HTTP_PORT ?= 7475
# The benchmarks grow graphs of millions of relationships on this instance:
# a page cache of 2 GB keeps their indexes in memory, and a heap of 2 GB
# holds the saved queries' aggregations over them.
TEST_PAGECACHE ?= 2g
TEST_HEAP ?= 2g
test_neo4j = NEO4J_LOCAL_HOME=.neo4j-test NEO4J_OWN_ONLY=1 NEO4J_BOLT_PORT=$(TEST_BOLT_PORT) NEO4J_HTTP_PORT=$(TEST_HTTP_PORT) \
	NEO4J_PAGECACHE=$(TEST_PAGECACHE) NEO4J_HEAP=$(TEST_HEAP) scripts/neo4j.sh
test_env = ACTORGRAPH_NEO4J_URI=bolt://127.0.0.1:$(TEST_BOLT_PORT) ACTORGRAPH_NEO4J_USER=neo4j \
	ACTORGRAPH_NEO4J_PASSWORD="$(password)"
docker_up = docker info >/dev/null 2>&1

.PHONY: help demo test build neo4j neo4j-start neo4j-stop test-neo4j-start test-neo4j-stop lint bench

help:
	@echo "make demo         start Neo4j, ingest examples/, print where to look"
	@echo "make test         run every test against a real Neo4j (started if needed)"
	@echo "make build        build $(BIN)"
	@echo "make neo4j-start  start Neo4j (Docker if available, else Java via scripts/neo4j.sh)"
	@echo "make neo4j-stop   stop it"
	@echo "make test-neo4j-stop  stop the tests' own Neo4j (port $(TEST_BOLT_PORT))"
	@echo "make lint         gofmt and go vet"
	@echo "make bench        run the benchmarks"

# A random password on first use; docker compose and scripts/neo4j.sh read it.
.env:
	@umask 077; printf 'NEO4J_PASSWORD=%s\n' "$$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')" > .env
	@echo "wrote a random Neo4j password to .env"

# `ingest --version` names the commit the binary was built from.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/ingest

demo: .env
	@if $(docker_up); then \
	  docker compose up -d --wait neo4j && docker compose run --rm --build ingest; \
	else \
	  $(MAKE) --no-print-directory neo4j-start build && $(neo4j_env) $(BIN) run examples/; \
	fi

neo4j-start: .env
	@if $(bolt_up); then echo "Neo4j already answers on port $(NEO4J_BOLT_PORT)"; \
	elif $(docker_up); then docker compose up -d --wait neo4j; \
	else scripts/neo4j.sh start; fi

neo4j: neo4j-start

neo4j-stop:
	@if $(docker_up) && [ -n "$$(docker compose ps -q neo4j 2>/dev/null)" ]; then docker compose stop neo4j; fi
	@scripts/neo4j.sh stop

# The tests' own Neo4j (local Java, needs Java 17 and Maven).
test-neo4j-start: .env
	@$(test_neo4j) start

test-neo4j-stop:
	@$(test_neo4j) stop

# Graph tests fail (not skip) when Neo4j is missing: ACTORGRAPH_REQUIRE_NEO4J=1.
test: test-neo4j-start
	$(test_env) ACTORGRAPH_REQUIRE_NEO4J=1 $(GO) test -count=1 -timeout 30m ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# Benchmarks (docs/benchmarks.md): one table of extraction speed, batched
# against naive writes, `ingest run` throughput and peak memory, and saved-
# query latency. It empties the tests' own database (port TEST_BOLT_PORT). Sizes:
#   make bench BENCH_INGEST=10000 BENCH_GRAPH=100000   (a quicker run)
BENCH_INGEST ?= 10000,100000
BENCH_GRAPH ?= 100000,1000000
BENCH_ARGS ?=
# Then the soak run (tools/soak): `ingest watch` fed every 3 s for
# SOAK_DURATION, with a restart of the tests' Neo4j half way; 0 skips it.
SOAK_DURATION ?= 20m
bench: test-neo4j-start build
	$(test_env) $(GO) run ./tools/bench -empty-database -ingest $(BIN) \
	  -ingest-articles $(BENCH_INGEST) -graph-rels $(BENCH_GRAPH) $(BENCH_ARGS)
	@if [ "$(SOAK_DURATION)" != 0 ]; then $(test_env) $(GO) run ./tools/soak -ingest $(BIN) -duration $(SOAK_DURATION) \
	  -restart '$(test_neo4j) stop && $(test_neo4j) start'; fi
