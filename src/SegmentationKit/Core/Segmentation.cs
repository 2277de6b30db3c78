using System.Text.Json;
using System.Text.Json.Serialization;
using SegmentationKit.Profiling;

namespace SegmentationKit;

/// <summary>The one result type every method returns: which segment each customer is in, the
/// catalog of segments, and the provenance (method, parameters, as-of date, kit version).
/// Optional per-customer measures (e.g. RFM's recency_days and scores) travel with it.</summary>
public sealed class Segmentation
{
    private readonly string[] _customerIds;
    private readonly string[] _segmentIds;
    private readonly Dictionary<string, int> _segmentIndex;

    public Segmentation(
        string method,
        IReadOnlyDictionary<string, string> parameters,
        DateOnly? asOf,
        IReadOnlyList<SegmentDefinition> segments,
        IReadOnlyList<string> customerIds,
        IReadOnlyList<string> segmentIds,
        IReadOnlyDictionary<string, double[]>? customerMeasures = null,
        string? kitVersion = null,
        IReadOnlyList<LocalisedText>? warnings = null)
    {
        if (customerIds.Count != segmentIds.Count)
            throw new ArgumentException("customerIds and segmentIds must have the same length");
        Method = method;
        Parameters = new SortedDictionary<string, string>(parameters.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        AsOf = asOf;
        Segments = segments.ToArray();
        _segmentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Segments.Count; i++)
            if (!_segmentIndex.TryAdd(Segments[i].Id, i))
                throw new ArgumentException($"segment id '{Segments[i].Id}' appears twice in the catalog");
        _customerIds = customerIds.ToArray();
        _segmentIds = segmentIds.ToArray();
        foreach (var s in _segmentIds)
            if (!_segmentIndex.ContainsKey(s))
                throw new ArgumentException($"assignment to segment '{s}', which is not in the catalog");
        var measures = new SortedDictionary<string, double[]>(StringComparer.Ordinal);
        if (customerMeasures is not null)
            foreach (var (name, values) in customerMeasures)
            {
                if (values.Length != _customerIds.Length)
                    throw new ArgumentException($"measure '{name}' has {values.Length} values for {_customerIds.Length} customers");
                measures[name] = values;
            }
        CustomerMeasures = measures;
        KitVersion = kitVersion ?? KitInfo.Version;
        Warnings = warnings?.ToArray() ?? [];
    }

    public string Method { get; }
    /// <summary>Options that produced the result, as invariant text, sorted by name.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }
    public DateOnly? AsOf { get; }
    public IReadOnlyList<SegmentDefinition> Segments { get; }
    public IReadOnlyList<string> CustomerIds => _customerIds;
    /// <summary>Segment id of each customer, parallel to <see cref="CustomerIds"/>.</summary>
    public IReadOnlyList<string> SegmentIds => _segmentIds;
    /// <summary>Per-customer numeric measures, parallel to <see cref="CustomerIds"/>, sorted by name.</summary>
    public IReadOnlyDictionary<string, double[]> CustomerMeasures { get; }
    public string KitVersion { get; }

    /// <summary>What a reader must know about this result (e.g. a value tier far from its target
    /// share because values tie at a cut), in English and French; empty when there is nothing.</summary>
    public IReadOnlyList<LocalisedText> Warnings { get; }

    public int CustomerCount => _customerIds.Length;

    public SegmentDefinition Segment(string id) =>
        _segmentIndex.TryGetValue(id, out var i) ? Segments[i] : throw new KeyNotFoundException($"no segment '{id}'");

    /// <summary>Index of each customer's segment in <see cref="Segments"/>, parallel to <see cref="CustomerIds"/>.</summary>
    public int[] SegmentIndexes()
    {
        var r = new int[_segmentIds.Length];
        for (var i = 0; i < r.Length; i++) r[i] = _segmentIndex[_segmentIds[i]];
        return r;
    }

    /// <summary>Customers per segment, in catalog order.</summary>
    public int[] Sizes()
    {
        var sizes = new int[Segments.Count];
        foreach (var s in _segmentIds) sizes[_segmentIndex[s]]++;
        return sizes;
    }

    public string ToJson() => JsonSerializer.Serialize(ToDto(), SegmentationJson.Options);

    public static Segmentation FromJson(string json)
    {
        var dto = JsonSerializer.Deserialize<SegmentationDto>(json, SegmentationJson.Options)
                  ?? throw new JsonException("empty segmentation JSON");
        if (dto.Assignments is null)
            throw new InvalidOperationException(dto.AssignmentsFile is null
                ? "the segmentation has no assignments"
                : $"its assignments are in {dto.AssignmentsFile} beside it; read the run folder with SegmentationRunFolder.Read");
        return new Segmentation(dto.Method, dto.Parameters, dto.AsOf,
            dto.Segments, dto.Assignments.Select(a => a.CustomerId).ToArray(), dto.Assignments.Select(a => a.SegmentId).ToArray(),
            dto.CustomerMeasures, dto.KitVersion, dto.Warnings);
    }

    /// <summary>The segmentation without its per-customer rows: method, parameters, as-of date, kit
    /// version, catalog, warnings, the customer count and the name of the file that holds the
    /// assignments and measures (written beside it, e.g. by <see cref="IO.AssignmentsCsv"/>). Small
    /// whatever the base; <see cref="IO.SegmentationRunFolder"/> reads the two back as one.</summary>
    public string ToCatalogJson(string assignmentsFile) => JsonSerializer.Serialize(ToDto() with
    {
        Assignments = null,
        CustomerMeasures = null,
        CustomerCount = CustomerCount,
        AssignmentsFile = assignmentsFile,
    }, SegmentationJson.Options);

    /// <summary>The catalog part of a segmentation JSON: what <see cref="ToCatalogJson"/> writes, or
    /// a whole <see cref="ToJson"/> (then <see cref="CatalogPart.Embedded"/> is the segmentation).</summary>
    internal static CatalogPart ReadCatalog(string json)
    {
        var dto = JsonSerializer.Deserialize<SegmentationDto>(json, SegmentationJson.Options)
                  ?? throw new JsonException("empty segmentation JSON");
        if (dto.Assignments is not null) return new CatalogPart(FromJson(json), null, 0, null!);
        if (dto.AssignmentsFile is null || dto.CustomerCount is null)
            throw new InvalidOperationException("the segmentation has neither assignments nor the name of its assignments file");
        return new CatalogPart(null, dto.AssignmentsFile, dto.CustomerCount.Value,
            (ids, segments, measures) => new Segmentation(dto.Method, dto.Parameters, dto.AsOf, dto.Segments, ids, segments, measures, dto.KitVersion, dto.Warnings));
    }

    internal sealed record CatalogPart(Segmentation? Embedded, string? AssignmentsFile, int CustomerCount,
        Func<IReadOnlyList<string>, IReadOnlyList<string>, IReadOnlyDictionary<string, double[]>, Segmentation> WithAssignments);

    private SegmentationDto ToDto() => new()
    {
        Method = Method,
        Parameters = new SortedDictionary<string, string>(Parameters.ToDictionary(), StringComparer.Ordinal),
        AsOf = AsOf,
        KitVersion = KitVersion,
        Segments = Segments.ToList(),
        Assignments = _customerIds.Select((c, i) => new AssignmentDto(c, _segmentIds[i])).ToList(),
        CustomerMeasures = CustomerMeasures.ToDictionary(),
        Warnings = Warnings.Count == 0 ? null : Warnings.ToList(),
    };

    private sealed record SegmentationDto
    {
        public string Method { get; set; } = "";
        public SortedDictionary<string, string> Parameters { get; set; } = new();
        public DateOnly? AsOf { get; set; }
        public string KitVersion { get; set; } = "";
        public List<SegmentDefinition> Segments { get; set; } = new();
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? CustomerCount { get; set; }
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? AssignmentsFile { get; set; }
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public List<AssignmentDto>? Assignments { get; set; }
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public Dictionary<string, double[]>? CustomerMeasures { get; set; }
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public List<LocalisedText>? Warnings { get; set; }
    }

    private sealed record AssignmentDto(string CustomerId, string SegmentId);
}

/// <summary>The JSON conventions of every file the kit writes: snake_case, indented, NaN allowed.</summary>
public static class SegmentationJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
