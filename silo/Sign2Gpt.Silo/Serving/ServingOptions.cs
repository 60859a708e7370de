namespace Sign2Gpt.Silo.Serving;

/// <summary>The devices this silo serves on and how their work is batched ("Serving" section).</summary>
public sealed class ServingOptions
{
    public const string Section = "Serving";

    /// <summary>
    /// One inference worker per entry: "auto" (CUDA device 0 when its provider loads, else the CPU), "cpu" or
    /// "cuda:N"; none means "auto". The list is published in the silo's metadata, so that a GPU worker is only ever
    /// placed here. (Empty by default: configuration binding appends to an array's initial items.)
    /// </summary>
    public string[] Devices { get; set; } = [];

    /// <summary>Most frames in one backbone run, gathered from every session on the device.</summary>
    public int MaxBatchFrames { get; set; } = 32;

    /// <summary>How long the first request of a batch may wait for others to join it.</summary>
    public TimeSpan MaxBatchWait { get; set; } = TimeSpan.FromMilliseconds(5);
}
