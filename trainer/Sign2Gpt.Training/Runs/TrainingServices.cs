using Microsoft.Extensions.Logging;
using Sign2Gpt.Datasets.Features;
using Sign2Gpt.Inference.Backbone;
using Sign2Gpt.Training.Training;

namespace Sign2Gpt.Training.Runs;

/// <summary>
/// What every training run uses: the feature cache and extractor, the optimisation loop, logging. The
/// extractor is lazy: runs that read only text (the LM) never load the backbone.
/// </summary>
public sealed record TrainingServices(FeatureCache Cache, Lazy<VideoFeatureExtractor> Extractor, TrainingLoop Loop, ILoggerFactory Logging);
