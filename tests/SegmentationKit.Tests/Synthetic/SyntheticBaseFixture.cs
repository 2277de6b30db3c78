using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Synthetic;

/// <summary>One 20,000-customer base shared by the value tests (seed 2026).</summary>
public sealed class SyntheticBaseFixture
{
    public SyntheticDataset Data { get; } = SyntheticBase.Generate(new SyntheticOptions { Customers = 20_000, Seed = 2026 });
}
