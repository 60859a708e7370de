using Microsoft.ML.OnnxRuntime;
using Sign2Gpt.Inference.Adapters;

namespace Sign2Gpt.Inference.Tests.Adapters;

/// <summary>Our writer's files, loaded by ONNX Runtime itself and swapped per Run.</summary>
public sealed class OrtLoraAdapterTests
{
    private const float Tolerance = 1e-5f;

    private static readonly float[] Batch = LoraTestModel.Values(3 * LoraTestModel.InFeatures, seed: 77);

    // No allocator: the parameters stay in the adapter's own CPU buffer. ONNX Runtime 1.31 refuses a CPU
    // allocator here; one is only for copying the parameters onto a GPU.
    private static readonly OrtAllocator? OnCpu = null;

    [Fact]
    public void Without_an_adapter_the_model_is_the_base_layer_and_with_one_it_adds_the_lora_update()
    {
        var model = new LoraTestModel();
        using var session = model.Open();
        var adapter = model.Adapter(seed: 10);
        using var ortAdapter = Load(adapter);

        var plain = LoraTestModel.Run(session, Batch, adapter: null);
        var adapted = LoraTestModel.Run(session, Batch, ortAdapter);

        AssertClose(model.Expected(Batch, adapter: null), plain);
        AssertClose(model.Expected(Batch, adapter), adapted);
        Assert.True(plain.Zip(adapted).Max(p => Math.Abs(p.First - p.Second)) > 0.1f, "the adapter must change the output");
    }

    [Fact]
    public async Task Adapter_written_to_a_file_loads_from_its_path()
    {
        var model = new LoraTestModel();
        using var session = model.Open();
        var adapter = model.Adapter(seed: 11);
        var path = Path.Combine(TestData.TempDirectory(), "de.onnx_adapter");
        await LoraAdapterFile.WriteAsync(path, adapter, CancellationToken.None);

        using var ortAdapter = OrtLoraAdapter.Create(path, OnCpu);

        AssertClose(model.Expected(Batch, adapter), LoraTestModel.Run(session, Batch, ortAdapter));
    }

    [Fact]
    public void Alternating_adapters_on_one_session_each_give_their_own_result()
    {
        var model = new LoraTestModel();
        using var session = model.Open();
        var german = model.Adapter(seed: 20);
        var chinese = model.Adapter(seed: 30);
        using var ortGerman = Load(german);
        using var ortChinese = Load(chinese);

        for (var round = 0; round < 3; round++)
        {
            AssertClose(model.Expected(Batch, german), LoraTestModel.Run(session, Batch, ortGerman));
            AssertClose(model.Expected(Batch, chinese), LoraTestModel.Run(session, Batch, ortChinese));
            AssertClose(model.Expected(Batch, adapter: null), LoraTestModel.Run(session, Batch, adapter: null));
        }
    }

    [Fact]
    public async Task Concurrent_runs_with_different_adapters_each_get_their_own_result()
    {
        var model = new LoraTestModel();
        using var session = model.Open();
        LoraAdapter?[] adapters = [null, model.Adapter(seed: 40), model.Adapter(seed: 50), model.Adapter(seed: 60)];
        var loaded = adapters.Select(a => a is null ? null : Load(a)).ToArray();
        try
        {
            var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
            {
                var failures = new List<string>();
                for (var i = 0; i < 60; i++)
                {
                    var which = (worker + i) % adapters.Length;
                    var x = LoraTestModel.Values(2 * LoraTestModel.InFeatures, seed: (worker * 1000) + i);
                    var expected = model.Expected(x, adapters[which]);
                    var actual = LoraTestModel.Run(session, x, loaded[which]);
                    var error = MaxDifference(expected, actual);
                    if (error > Tolerance)
                    {
                        failures.Add($"worker {worker} run {i} adapter {which}: max error {error}");
                    }
                }

                return failures;
            }));

            var failures = (await Task.WhenAll(workers)).SelectMany(f => f).ToList();

            Assert.Empty(failures);
        }
        finally
        {
            foreach (var adapter in loaded)
            {
                adapter?.Dispose();
            }
        }
    }

    [Fact]
    public void Float16_adapter_drives_a_model_with_float16_lora_inputs()
    {
        var model = new LoraTestModel(LoraDataType.Float16);
        using var session = model.Open();
        var adapter = model.Adapter(seed: 70);
        Assert.All(adapter.Parameters, p => Assert.Equal(LoraDataType.Float16, p.DataType));
        using var ortAdapter = Load(adapter);

        AssertClose(model.Expected(Batch, adapter: null), LoraTestModel.Run(session, Batch, adapter: null));
        AssertClose(model.Expected(Batch, adapter), LoraTestModel.Run(session, Batch, ortAdapter));
    }

    [Fact]
    public void A_symbolic_rank_lets_adapters_of_another_rank_run()
    {
        var model = new LoraTestModel(symbolicRank: true);
        using var session = model.Open();
        var rankTwo = model.Adapter(seed: 80, rank: 2);
        AdapterCompatibility.EnsureCompatible(rankTwo, session, LoraTestModel.ModelVersion);
        using var ortAdapter = Load(rankTwo);

        AssertClose(model.Expected(Batch, rankTwo), LoraTestModel.Run(session, Batch, ortAdapter));
    }

    [Fact]
    public void Garbage_is_refused_by_the_runtime_and_first_by_our_reader_with_a_clearer_message()
    {
        var garbage = LoraTestModel.Values(64, seed: 5).SelectMany(BitConverter.GetBytes).ToArray();

        var runtime = Assert.Throws<OnnxRuntimeException>(() => OrtLoraAdapter.Create(garbage, OnCpu));
        var ours = Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(garbage));

        Assert.Contains("does not appear to be a valid lora parameter format", runtime.Message);
        Assert.StartsWith("Not an ONNX Runtime adapter: the file identifier is", ours.Message);
    }

    [Fact]
    public void Truncated_and_future_version_files_are_refused_by_both()
    {
        var bytes = LoraAdapterFile.Write(new LoraTestModel().Adapter(seed: 90));
        var truncated = bytes[..(bytes.Length / 2)];
        var futureVersion = RawAdapterBytes.Build(2, 3, []);

        Assert.Contains("fails lora adapter format verification", Assert.Throws<OnnxRuntimeException>(() => OrtLoraAdapter.Create(truncated, OnCpu)).Message);
        Assert.Contains("truncated or corrupted", Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(truncated)).Message);
        Assert.Contains("Unsupported lora format version", Assert.Throws<OnnxRuntimeException>(() => OrtLoraAdapter.Create(futureVersion, OnCpu)).Message);
        Assert.Contains("format version 2", Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(futureVersion)).Message);
    }

    [Theory]
    [InlineData("no parameter list", "Params absent", "no parameter list")]
    [InlineData("no name", "name is missing", "parameter 0 has no name")]
    [InlineData("no shape", "dims is missing", "parameter 'lora_B' has no shape")]
    [InlineData("rank 0", "dims is missing or empty", "parameter 'lora_B' has no dimensions")]
    [InlineData("no data", "raw_data is missing", "parameter 'lora_B' has no data")]
    [InlineData("short data", "raw_data size (80) does not match expected size (96)", "parameter 'lora_B' has 80 bytes of data but its shape [6,4] of Float needs 96")]
    [InlineData("long data", "raw_data size (1024) does not match expected size (96)", "parameter 'lora_B' has 1024 bytes of data")]
    [InlineData("bool", "data_type '9' is not a supported LoRA parameter type", "parameter 'lora_B' has data type 9")]
    public void Every_malformed_parameter_the_runtime_refuses_our_reader_refuses_too(string fault, string runtimeSays, string weSay)
    {
        long[] shape = [LoraTestModel.OutFeatures, LoraTestModel.Rank];
        var bytes = fault switch
        {
            "no parameter list" => RawAdapterBytes.Build(1, 3, null),
            "no name" => B(new RawParameter(null, shape, 1, new byte[96])),
            "no shape" => B(new RawParameter(LoraTestModel.LoraB, null, 1, new byte[96])),
            "rank 0" => B(new RawParameter(LoraTestModel.LoraB, [], 1, new byte[4])),
            "no data" => B(new RawParameter(LoraTestModel.LoraB, shape, 1, null)),
            "short data" => B(new RawParameter(LoraTestModel.LoraB, shape, 1, new byte[80])),
            "long data" => B(new RawParameter(LoraTestModel.LoraB, shape, 1, new byte[1024])),
            "bool" => B(new RawParameter(LoraTestModel.LoraB, shape, 9, new byte[24])),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };

        Assert.Contains(runtimeSays, Assert.Throws<OnnxRuntimeException>(() => OrtLoraAdapter.Create(bytes, OnCpu)).Message);
        Assert.Contains(weSay, Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes)).Message);

        static byte[] B(RawParameter parameter) => RawAdapterBytes.Build(1, 3, [parameter]);
    }

    [Fact]
    public void The_runtime_silently_keeps_one_of_two_same_named_parameters_which_our_reader_refuses()
    {
        var model = new LoraTestModel();
        using var session = model.Open();
        long[] shape = [LoraTestModel.OutFeatures, LoraTestModel.Rank];
        var first = LoraParameter.FromFloat32(LoraTestModel.LoraB, shape, LoraTestModel.Values(24, seed: 1));
        var second = LoraParameter.FromFloat32(LoraTestModel.LoraB, shape, LoraTestModel.Values(24, seed: 2));
        var bytes = RawAdapterBytes.Build(1, 3, [Raw(first), Raw(second)]);

        using var accepted = OrtLoraAdapter.Create(bytes, OnCpu);
        var output = LoraTestModel.Run(session, Batch, accepted);

        var matches = new[] { first, second }.Count(b => MaxDifference(model.Expected(Batch, WithDefaultA(model, b)), output) <= Tolerance);
        Assert.Equal(1, matches);
        Assert.Contains("parameter 'lora_B' appears 2 times", Assert.Throws<InvalidDataException>(() => LoraAdapterFile.Read(bytes)).Message);

        static RawParameter Raw(LoraParameter p) => new(p.Name, p.Dims, (int)p.DataType, p.RawData);
    }

    [Fact]
    public void A_wrong_shape_loads_into_the_runtime_and_fails_only_at_run_while_the_compatibility_check_refuses_it_up_front()
    {
        var model = new LoraTestModel();
        using var session = model.Open();
        var wrong = new LoraAdapter(1, LoraTestModel.ModelVersion, [LoraParameter.FromFloat32(LoraTestModel.LoraA, [LoraTestModel.Rank, 16], new float[LoraTestModel.Rank * 16])]);
        using var ortAdapter = Load(wrong);

        var atRun = Assert.Throws<OnnxRuntimeException>(() => LoraTestModel.Run(session, Batch, ortAdapter));
        var upFront = AdapterCompatibility.FindProblems(wrong, session, LoraTestModel.ModelVersion);

        Assert.Contains(LoraTestModel.LoraA, atRun.Message);
        Assert.Equal(["parameter 'lora_A' has shape [4,16] but the model expects [4,8]"], upFront);
    }

    [Fact]
    public void An_unknown_parameter_name_fails_only_at_run_in_the_runtime()
    {
        var model = new LoraTestModel();
        using var session = model.Open();
        var unknown = new LoraAdapter(1, LoraTestModel.ModelVersion, [LoraParameter.FromFloat32("lora_C", [1], [1f])]);
        using var ortAdapter = Load(unknown);

        var atRun = Assert.Throws<OnnxRuntimeException>(() => LoraTestModel.Run(session, Batch, ortAdapter));

        Assert.Contains("lora_C", atRun.Message);
        Assert.Equal(["unknown parameter 'lora_C': the model has no LoRA input of that name"], AdapterCompatibility.FindProblems(unknown, session, LoraTestModel.ModelVersion));
    }

    [Fact]
    public void The_runtime_refuses_a_cpu_allocator_for_adapters()
    {
        var bytes = LoraAdapterFile.Write(new LoraTestModel().Adapter(seed: 1));

        var error = Assert.Throws<OnnxRuntimeException>(() => OrtLoraAdapter.Create(bytes, OrtAllocator.DefaultInstance));

        Assert.Contains("must be a device allocator", error.Message);
    }

    private static OrtLoraAdapter Load(LoraAdapter adapter) => OrtLoraAdapter.Create(LoraAdapterFile.Write(adapter), OnCpu);

    private static LoraAdapter WithDefaultA(LoraTestModel model, LoraParameter b) =>
        new(1, LoraTestModel.ModelVersion, [LoraParameter.FromFloat32(LoraTestModel.LoraA, [LoraTestModel.Rank, LoraTestModel.InFeatures], model.DefaultA), b]);

    private static float MaxDifference(float[] expected, float[] actual) => expected.Zip(actual).Max(p => Math.Abs(p.First - p.Second));

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var error = MaxDifference(expected, actual);
        Assert.True(error <= Tolerance, $"max difference {error} exceeds {Tolerance}");
    }
}
