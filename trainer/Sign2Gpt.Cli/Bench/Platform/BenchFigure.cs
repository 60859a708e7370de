namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>One row of the final table: a measured figure beside its baseline from the same run and its target.</summary>
/// <param name="Met">Null where the figure has no target.</param>
internal sealed record BenchFigure(string Part, string Figure, string Value, string Baseline, string Ratio, string Target, bool? Met);
