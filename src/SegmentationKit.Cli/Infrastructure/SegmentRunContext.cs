using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>Everything a <see cref="ISegmentMethod"/> gets from the command line.</summary>
public sealed class SegmentRunContext
{
    private readonly List<string> _notes = new();

    public SegmentRunContext(LoadedData loaded, string? configPath, int seed, int? k, IReadOnlyDictionary<string, string> settings)
    {
        Loaded = loaded;
        ConfigPath = configPath;
        Seed = seed;
        K = k;
        Settings = settings;
        Config = ConfigNode.Load(configPath, settings);
    }

    /// <summary>The loaded files (customers, transactions, the as-of date, input paths).</summary>
    public LoadedData Loaded { get; }

    /// <summary>Customers, transactions and as-of date, as models take them.</summary>
    public SegmentationData Data => Loaded.ToSegmentationData();

    /// <summary>What a clustering is fitted on: <see cref="Data"/>, or the seeded sample of
    /// <c>segment --db … --sample N</c> (every customer is then assigned by the model fitted on it).</summary>
    public SegmentationData FitData => FitSample ?? Data;

    /// <summary>The seeded sample of customers clusterings fit on, or null for all of them.</summary>
    public SegmentationData? FitSample { get; init; }

    /// <summary>RFM measures and cut points computed in the database of <c>segment --db</c>; null on files.</summary>
    public Engines.Warehouse.WarehouseRfm? WarehouseRfm { get; init; }

    /// <summary>The --as-of date, or the last transaction date when not given, or null.</summary>
    public DateOnly? AsOf => Loaded.AsOf;

    /// <summary>The --config path, or null.</summary>
    public string? ConfigPath { get; }

    /// <summary>The --config YAML with every --set applied on top; null when there is neither.</summary>
    public ConfigNode? Config { get; }

    /// <summary>The --playbook file's plays, or null for the kit's default playbook.</summary>
    public Profiling.Playbook.Playbook? Playbook { get; init; }

    /// <summary>--seed (default 42).</summary>
    public int Seed { get; }

    /// <summary>--k, the number of segments for methods that take one; null when not given.</summary>
    public int? K { get; }

    /// <summary>Every --set key=value, as typed.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Lines the command prints after the segment table (warnings, merges).</summary>
    public IReadOnlyList<string> Notes => _notes;

    public void Note(string line) => _notes.Add(line);

    /// <summary>The profile of the run's segmentation once profile.json is written (see
    /// <see cref="ProfileOutputWriter"/>), for outputs that show its KPIs; null before.</summary>
    public Profiling.PortfolioProfile? Profile { get; set; }

    /// <summary>The fitted model behind the run's segmentation, set by the method, for outputs that
    /// save it (model.json); null for a method that does not expose one.</summary>
    public ISegmentationModel? FittedModel { get; set; }

    /// <summary>--k, or a clear error naming the method when it was not given.</summary>
    public int RequireK(string method) =>
        K ?? throw new ConfigurationException(null, "--k", $"--method {method} needs the number of segments", "pass --k N, e.g. --k 5");
}
