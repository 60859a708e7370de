# The web front end: portal, HTTP ingest API (8080) and gRPC ingest (8081, plaintext HTTP/2). Build from the
# repository root:  docker build -f deploy/docker/web.Dockerfile -t sign2gpt/web .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish web/Sign2Gpt.Web/Sign2Gpt.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# ffmpeg remuxes portal uploads and live recordings so that players can seek them.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://0.0.0.0:8080 \
    Streaming__Url=http://0.0.0.0:8081 \
    Datasets__Directory=/data/datasets
EXPOSE 8080 8081
USER $APP_UID
ENTRYPOINT ["dotnet", "Sign2Gpt.Web.dll"]
