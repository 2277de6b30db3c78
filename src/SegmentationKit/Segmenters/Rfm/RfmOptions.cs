using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Segmenters.Rfm;

/// <summary>Options of <see cref="RfmSegmenter"/>. Defaults score exactly as the R package
/// <c>rfm</c> 0.3.0 (docs/segmentation-methods.md, "RFM"). Each option is checked when set; the
/// combination when the segmenter is built.</summary>
public sealed record RfmOptions
{
    /// <summary>Number of scores per measure, 2–10. Default 5.</summary>
    public int Bins
    {
        get;
        init => field = value is >= 2 and <= 10 ? value
            : throw new ConfigurationException(null, "rfm.bins", $"bins must be between 2 and 10, not {value}", "use 5, the usual RFM scale");
    } = 5;

    /// <summary>Total (default) or mean spend per order.</summary>
    public MonetaryMeasure Monetary { get; init; } = MonetaryMeasure.Total;

    /// <summary>Only orders in the last <c>WindowDays</c> days up to and including the as-of date
    /// count (orders dated after as-of − window). Null: every order up to the as-of date.</summary>
    public int? WindowDays
    {
        get;
        init => field = value is null or >= 1 ? value
            : throw new ConfigurationException(null, "rfm.window_days", $"the window must be at least 1 day, not {value}", "omit it to use every order");
    }

    /// <summary>User cut points for recency, in days (Bins − 1 non-decreasing values). Null: quantile cuts.</summary>
    public IReadOnlyList<double>? RecencyCuts { get; init; }

    /// <summary>User cut points for frequency, in orders. Null: quantile cuts.</summary>
    public IReadOnlyList<double>? FrequencyCuts { get; init; }

    /// <summary>User cut points for monetary, currency units. Null: quantile cuts.</summary>
    public IReadOnlyList<double>? MonetaryCuts { get; init; }

    /// <summary>Named segments; default the R <c>rfm</c> table.</summary>
    public RfmSegmentTable Table { get; init; } = RfmSegmentTable.Default;

    /// <summary>Checks the options together (cut counts against bins, table against bins).</summary>
    public void Validate()
    {
        CheckCuts(RecencyCuts, "rfm.recency_cuts");
        CheckCuts(FrequencyCuts, "rfm.frequency_cuts");
        CheckCuts(MonetaryCuts, "rfm.monetary_cuts");
        Table.Validate(Bins);
    }

    private void CheckCuts(IReadOnlyList<double>? cuts, string key)
    {
        if (cuts is null) return;
        if (cuts.Count != Bins - 1)
            throw new ConfigurationException(null, key, $"{cuts.Count} cut points given for {Bins} bins", $"give {Bins - 1} cut points");
        for (var i = 0; i < cuts.Count; i++)
        {
            if (!double.IsFinite(cuts[i]))
                throw new ConfigurationException(null, $"{key}[{i}]", "cut points must be finite numbers", "write each cut point as a number, e.g. [10, 30, 60, 120]");
            if (i > 0 && cuts[i] < cuts[i - 1])
                throw new ConfigurationException(null, $"{key}[{i}]", $"cut points must not decrease ({cuts[i - 1]} then {cuts[i]})", "sort them from low to high");
        }
    }

    /// <summary>Reads options from YAML (every key optional):
    /// <code>
    /// bins: 5
    /// monetary: total          # or mean
    /// window_days: 365
    /// recency_cuts: [15, 30, 90, 180]     # user cut points, bins − 1 each
    /// table: default           # rf_grid, or a list of rows (see RfmSegmentTable.FromConfig)
    /// </code></summary>
    public static RfmOptions FromConfig(ConfigNode node)
    {
        node.AllowOnly("bins", "monetary", "window_days", "recency_cuts", "frequency_cuts", "monetary_cuts", "table");
        var o = new RfmOptions();
        try
        {
            if (node.Optional("bins") is { } b) o = o with { Bins = b.Integer() };
            if (node.Optional("window_days") is { } w) o = o with { WindowDays = w.Integer() };
        }
        catch (ConfigurationException e)
        {
            throw ConfigErrors.WithFile(e, node.File);
        }
        if (node.Optional("monetary") is { } m)
            o = o with
            {
                Monetary = m.Text() switch
                {
                    "total" => MonetaryMeasure.Total,
                    "mean" => MonetaryMeasure.Mean,
                    var t => throw m.Error($"'{t}' is not a monetary measure", "write total or mean"),
                },
            };
        if (node.Optional("recency_cuts") is { } rc) o = o with { RecencyCuts = rc.Numbers() };
        if (node.Optional("frequency_cuts") is { } fc) o = o with { FrequencyCuts = fc.Numbers() };
        if (node.Optional("monetary_cuts") is { } mc) o = o with { MonetaryCuts = mc.Numbers() };
        if (node.Optional("table") is { } table)
            o = o with
            {
                Table = table.IsScalar
                    ? table.Text() switch
                    {
                        "default" => RfmSegmentTable.Default,
                        "rf_grid" => RfmSegmentTable.RecencyFrequencyGrid,
                        var t => throw table.Error($"'{t}' is not a segment table preset", "write default or rf_grid, or list the rows"),
                    }
                    : RfmSegmentTable.FromConfig(table.IsSequence ? table : table.Required("segments")),
            };
        ConfigErrors.InFile(node.File, () => o.Validate());
        return o;
    }
}
