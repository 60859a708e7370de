using Spectre.Console.Cli;

namespace Sign2Gpt.Cli;

/// <summary>Every verb of the product CLI, in one place.</summary>
internal static class CommandRegistration
{
    public static IConfigurator AddSign2GptCommands(this IConfigurator config)
    {
        config.AddCommand<Metrics.MetricsCommand>("metrics").WithDescription("BLEU-1..4 and ROUGE-L of hypotheses against references, as SLT papers compute them (JSON on stdout).");
        config.AddCommand<PseudoGlosses.PseudoGlossCommand>("pseudo-gloss").WithDescription("Pseudo-glosses (Sign2GPT) of one sentence per stdin line, space-separated, one line each (--lang de|en|zh).");
        config.AddCommand<Synth.SynthCommand>("synth").WithDescription("Generate a SynthSign corpus (synth-dgs or synth-asl) in the Phoenix-2014-T layout: annotations, 210x260 PNG frames, optional MP4.");
        config.AddCommand<Features.FeaturesCommand>("features").WithDescription("Write ResNet18 features of a video, a frame folder or a whole corpus (cached by content hash).");
        config.AddCommand<Describe.DescribeCommand>("describe").WithDescription("Parameter table of a model config (paper or default), without allocating weights.");
        config.AddCommand<Translate.TranslateCommand>("translate").WithDescription("Translate a video or frame folder with a model bundle (JSON: text, glosses, timeline, adapter, timing).");
        config.AddBranch("train", train =>
        {
            train.SetDescription("Train the model: base LM, stage 1 pseudo-gloss pretraining, stage 2 translation, per-language adapters.");
            train.AddCommand<Train.TrainLanguageModelCommand>("lm").WithDescription("Train the shared tokenizer and pretrain the base language model on the corpora's text.");
            train.AddCommand<Train.TrainPretrainCommand>("pretrain").WithDescription("Stage 1: pseudo-gloss pretraining of the spatial adapter, sign encoder and head.");
            train.AddCommand<Train.TrainTranslateCommand>("translate").WithDescription("Stage 2: translation with the frozen base LM (LoRA, gated cross-attention).");
            train.AddCommand<Train.TrainTimelineCommand>("timeline").WithDescription("Refit the pseudo-gloss head that draws the gloss timeline to a finished stage 2 encoder; translations stay the same.");
            train.AddCommand<Train.TrainAdaptCommand>("adapt").WithDescription("Train a per-language LoRA adapter on a frozen stage 2 model.");
            train.AddCommand<Train.TrainRetrainCommand>("retrain").WithDescription("A trainer service job, offline: retrain a bundle's adapter on a dataset, compare it with the adapter it started from, apply the gate (JSON).");
        });
        config.AddCommand<Import.ImportCommand>("import").WithDescription("Build a model from a config with pretrained DINOv2 ViT-S/14 and/or XGLM weights (safetensors) the user brings; saves DIR/model.bin.");
        config.AddCommand<Export.ExportCommand>("export").WithDescription("Export a trained model and its adapters as a model bundle (ONNX, tokenizer, glosses, manifest).");
        config.AddCommand<Evaluate.EvaluateCommand>("evaluate").WithDescription("BLEU-1..4, ROUGE-L and pseudo-gloss P/R/F1 of a bundle (or the most-frequent-sentence baseline) on a corpus split.");
        config.AddBranch("client", client =>
        {
            client.SetDescription("The reference mobile client of the ingest API (needs a running platform: ./sign2gpt up).");
            client.AddCommand<Client.ClientStreamCommand>("stream").WithDescription("Stream a video to the ingest API as a phone would (chunked, paced, resuming after drops); final translation as JSON on stdout.");
        });
        config.AddCommand<Publish.PublishCommand>("publish").WithDescription("Publish an .onnx_adapter to a running platform (validated against the loaded model; a bad one is refused with the reason), optionally canary or promote it; rollout as JSON.");
        config.AddBranch("adapters", adapters =>
        {
            adapters.SetDescription("The adapter rollout of a running platform, through the admin API (operator key).");
            adapters.AddCommand<Publish.AdaptersShowCommand>("show").WithDescription("A language's rollout: versions, live, canary, pins, history (JSON).");
            adapters.AddCommand<Publish.AdaptersCanaryCommand>("canary").WithDescription("Route a share of new sessions to a published version.");
            adapters.AddCommand<Publish.AdaptersPromoteCommand>("promote").WithDescription("Make a published version live for everyone not pinned.");
            adapters.AddCommand<Publish.AdaptersRollbackCommand>("rollback").WithDescription("Go back to the previously live version.");
        });
        config.AddBranch("bench", bench =>
        {
            bench.SetDescription("Benchmarks that print figures, with ratios against a baseline measured in the same run.");
            bench.AddCommand<Bench.BenchFeaturesCommand>("features").WithDescription("Feature extractor frames/s against a bare ONNX Runtime run loop on the same batches.");
            bench.AddCommand<Bench.BenchPlatformCommand>("platform").WithDescription("The platform as real processes: throughput vs the bare pipeline, real-time streams within 2 s p95 partial latency, adapter swap, ingest alone, silo memory.");
            bench.AddCommand<Bench.BenchTranslateCommand>("translate").WithDescription("Backbone frames/s, encoder ms, decoder ms/token with and without KV cache, real-time factor, peak memory.");
        });
        return config;
    }
}
