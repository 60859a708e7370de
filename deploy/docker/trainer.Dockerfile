# The trainer worker: dataset imports and adapter retraining (TorchSharp, CPU). Build from the repository root:
#   docker build -f deploy/docker/trainer.Dockerfile -t sign2gpt/trainer .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish trainer/Sign2Gpt.Trainer/Sign2Gpt.Trainer.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# ffmpeg decodes uploaded videos; libgomp runs libtorch's threads.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg libgomp1 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://0.0.0.0:8080 \
    Datasets__Directory=/data/datasets \
    Trainer__WorkDirectory=/data/trainer \
    FeatureCache__Root=/data/features
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Sign2Gpt.Trainer.dll"]
