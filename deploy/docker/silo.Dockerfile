# The Orleans silo on CPU: grains and ONNX inference. Build from the repository root:
#   docker build -f deploy/docker/silo.Dockerfile -t sign2gpt/silo .
# The .NET 10 images are Ubuntu 24.04, whose libstdc++ has everything the native libraries need.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish silo/Sign2Gpt.Silo/Sign2Gpt.Silo.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# ffmpeg decodes the video chunks sessions receive.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://0.0.0.0:8080 \
    Orleans__Kubernetes=true
EXPOSE 8080 11111 30000
USER $APP_UID
ENTRYPOINT ["dotnet", "Sign2Gpt.Silo.dll"]
