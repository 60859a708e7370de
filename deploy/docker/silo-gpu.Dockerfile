# The Orleans silo for GPU nodes: the same app on NVIDIA's CUDA 13 + cuDNN runtime, which ONNX Runtime's CUDA
# provider loads (without them a silo falls back to CPU and says so in its log). Build from the repository root:
#   docker build -f deploy/docker/silo-gpu.Dockerfile -t sign2gpt/silo-gpu .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish silo/Sign2Gpt.Silo/Sign2Gpt.Silo.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS dotnet

FROM nvidia/cuda:13.0.1-cudnn-runtime-ubuntu24.04 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg libicu74 ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --uid 1654 --no-create-home --shell /usr/sbin/nologin app
COPY --from=dotnet /usr/share/dotnet /usr/share/dotnet
WORKDIR /app
COPY --from=build /app .
ENV DOTNET_ROOT=/usr/share/dotnet \
    PATH=/usr/share/dotnet:$PATH \
    Urls=http://0.0.0.0:8080 \
    Orleans__Kubernetes=true \
    Inference__Device=cuda
EXPOSE 8080 11111 30000
USER 1654
ENTRYPOINT ["dotnet", "Sign2Gpt.Silo.dll"]
