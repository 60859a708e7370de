// TorchSharp keeps one random generator per process: a test that seeds it to be repeatable (manual_seed) gets
// another test's draws when the two run side by side, so this assembly's tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
