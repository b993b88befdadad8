# Builds the ingest binary and ships it alone in a small image.
#   docker build -t actorgraph-ingest .
#   docker run --rm -e ACTORGRAPH_NEO4J_URI=... -e ACTORGRAPH_NEO4J_PASSWORD=... \
#     -v "$PWD/examples:/examples:ro" actorgraph-ingest run /examples
FROM golang:1.25-bookworm AS build
# go.mod may ask for a newer Go than the image has: fetch it from the proxy.
ENV GOTOOLCHAIN=auto CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -ldflags="-s -w" -o /out/ingest ./cmd/ingest

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/ingest /ingest
USER nonroot:nonroot
ENTRYPOINT ["/ingest"]
CMD ["--help"]
