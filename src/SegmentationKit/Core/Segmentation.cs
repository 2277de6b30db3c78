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
        return new Segmentation(dto.Method, dto.Parameters, dto.AsOf,
            dto.Segments, dto.Assignments.Select(a => a.CustomerId).ToArray(), dto.Assignments.Select(a => a.SegmentId).ToArray(),
            dto.CustomerMeasures, dto.KitVersion, dto.Warnings);
    }

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

    private sealed class SegmentationDto
    {
        public string Method { get; set; } = "";
        public SortedDictionary<string, string> Parameters { get; set; } = new();
        public DateOnly? AsOf { get; set; }
        public string KitVersion { get; set; } = "";
        public List<SegmentDefinition> Segments { get; set; } = new();
        public List<AssignmentDto> Assignments { get; set; } = new();
        public Dictionary<string, double[]> CustomerMeasures { get; set; } = new();
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
