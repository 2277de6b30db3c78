using System.Globalization;
using System.Text.Json;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rfm;

/// <summary>A fitted RFM model: the three score scales and the segment table. Immutable.
/// <see cref="Assign(SegmentationData)"/> measures customers at the data's as-of date and scores them with the
/// fitted cut points, so the training customers get back exactly the scores they were fitted on.</summary>
public sealed class RfmModel : ISegmentationModel
{
    /// <summary>Names of the per-customer measures in <see cref="Segmentation.CustomerMeasures"/>.</summary>
    public static readonly IReadOnlyList<string> MeasureNames = ["recency_days", "frequency", "monetary", "r_score", "f_score", "m_score"];

    public RfmModel(int bins, MonetaryMeasure monetary, int? windowDays, RfmScale recency, RfmScale frequency, RfmScale monetaryScale,
        RfmSegmentTable table, DateOnly fittedAsOf, bool userCuts)
    {
        Bins = bins;
        Monetary = monetary;
        WindowDays = windowDays;
        Recency = recency;
        Frequency = frequency;
        MonetaryScale = monetaryScale;
        Table = table;
        FittedAsOf = fittedAsOf;
        UserCuts = userCuts;
    }

    public string Method => "rfm";
    public int Bins { get; }
    public MonetaryMeasure Monetary { get; }
    public int? WindowDays { get; }
    /// <summary>Recency scale, cuts in days (reversed: fewest days → highest score).</summary>
    public RfmScale Recency { get; }
    /// <summary>Frequency scale, cuts in orders.</summary>
    public RfmScale Frequency { get; }
    /// <summary>Monetary scale, cuts in currency units.</summary>
    public RfmScale MonetaryScale { get; }
    public RfmSegmentTable Table { get; }
    /// <summary>The as-of date of the data the cut points were learnt from.</summary>
    public DateOnly FittedAsOf { get; }
    public bool UserCuts { get; }

    public Segmentation Assign(SegmentationData data)
    {
        var (log, asOf) = Require(data);
        return Assign(data.Customers, RfmMeasures.Compute(data.Customers, log, asOf, WindowDays, Monetary), asOf);
    }

    /// <summary>Scores measures computed elsewhere (a database) at <paramref name="asOf"/>, in the
    /// row order of <paramref name="customers"/>.</summary>
    public Segmentation Assign(CustomerTable customers, RfmMeasures m, DateOnly asOf)
    {
        var n = customers.RowCount;
        var segments = new string[n];
        double[] r = new double[n], f = new double[n], mm = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (!m.HasOrders[i])
            {
                segments[i] = RfmSegmentTable.NoPurchase.Id;
                r[i] = f[i] = mm[i] = double.NaN;
                continue;
            }
            var rs = Recency.Score(m.RecencyDays[i]);
            var fs = Frequency.Score(m.Frequency[i]);
            var ms = MonetaryScale.Score(m.Monetary[i]);
            r[i] = rs;
            f[i] = fs;
            mm[i] = ms;
            segments[i] = Table.Match(rs, fs, ms);
        }
        var measures = new Dictionary<string, double[]>
        {
            ["recency_days"] = m.RecencyDays,
            ["frequency"] = m.Frequency,
            ["monetary"] = m.Monetary,
            ["r_score"] = r,
            ["f_score"] = f,
            ["m_score"] = mm,
        };
        return new Segmentation(Method, Parameters(m), asOf, Table.Catalog(), customers.CustomerIds, segments, measures);
    }

    private Dictionary<string, string> Parameters(RfmMeasures m)
    {
        var p = new Dictionary<string, string>
        {
            ["bins"] = Bins.ToString(CultureInfo.InvariantCulture),
            ["monetary"] = Monetary == MonetaryMeasure.Total ? "total" : "mean",
            ["window_days"] = WindowDays?.ToString(CultureInfo.InvariantCulture) ?? "all",
            ["cuts"] = UserCuts ? "user" : "quantile_type7_plus_1",
            ["recency_cuts_days"] = Recency.Describe(),
            ["frequency_cuts"] = Frequency.Describe(),
            ["monetary_cuts"] = MonetaryScale.Describe(),
            ["segment_table"] = Table.Name,
            ["fitted_as_of"] = FittedAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["transactions_used"] = m.TransactionsUsed.ToString(CultureInfo.InvariantCulture),
            ["transactions_before_window"] = m.TransactionsBeforeWindow.ToString(CultureInfo.InvariantCulture),
            ["transactions_after_as_of"] = m.TransactionsAfterAsOf.ToString(CultureInfo.InvariantCulture),
        };
        return p;
    }

    internal static (TransactionLog Log, DateOnly AsOf) Require(SegmentationData data)
    {
        if (data.Transactions is null)
            throw new ModelException("RFM needs a transaction log. Fix: pass --transactions with the orders file");
        if (data.AsOf is null)
            throw new ModelException("RFM needs an as-of date to measure recency from. Fix: pass --as-of YYYY-MM-DD");
        return (data.Transactions, data.AsOf.Value);
    }

    /// <summary>The fitted model as JSON (snake_case): scales, options and the segment table.</summary>
    public string ToJson() => JsonSerializer.Serialize(new RfmModelDto
    {
        Bins = Bins,
        Monetary = Monetary,
        WindowDays = WindowDays,
        RecencyCuts = Recency.Cuts.ToArray(),
        FrequencyCuts = Frequency.Cuts.ToArray(),
        MonetaryCuts = MonetaryScale.Cuts.ToArray(),
        FittedAsOf = FittedAsOf,
        UserCuts = UserCuts,
        TableName = Table.Name,
        Segments = Table.Rules.ToList(),
    }, ModelJson);

    public static RfmModel FromJson(string json)
    {
        var d = JsonSerializer.Deserialize<RfmModelDto>(json, ModelJson) ?? throw new ModelException("empty RFM model JSON", "save the model again with the kit (ToJson)");
        return new RfmModel(d.Bins, d.Monetary, d.WindowDays, new RfmScale(d.RecencyCuts, true), new RfmScale(d.FrequencyCuts, false),
            new RfmScale(d.MonetaryCuts, false), new RfmSegmentTable(d.TableName, d.Segments), d.FittedAsOf, d.UserCuts);
    }

    private static readonly JsonSerializerOptions ModelJson = new(SegmentationJson.Options)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private sealed class RfmModelDto
    {
        public int Bins { get; set; }
        public MonetaryMeasure Monetary { get; set; }
        public int? WindowDays { get; set; }
        public double[] RecencyCuts { get; set; } = [];
        public double[] FrequencyCuts { get; set; } = [];
        public double[] MonetaryCuts { get; set; } = [];
        public DateOnly FittedAsOf { get; set; }
        public bool UserCuts { get; set; }
        public string TableName { get; set; } = "";
        public List<RfmSegmentRule> Segments { get; set; } = [];
    }
}
