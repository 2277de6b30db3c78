using System.Globalization;
using SegmentationKit.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SegmentationKit.Segmenters.Configuration;

/// <summary>One node of a YAML configuration file that knows where it is (file, dotted key path,
/// line), so every error can say exactly which key to fix. Read-only.</summary>
public sealed class ConfigNode
{
    private readonly YamlNode _node;

    private ConfigNode(string? file, string path, YamlNode node)
    {
        File = file;
        Path = path;
        _node = node;
    }

    /// <summary>The file the node was read from, or null for text given in code.</summary>
    public string? File { get; }

    /// <summary>Dotted key path, e.g. <c>rules[2].when.industry</c>; empty for the document root.</summary>
    public string Path { get; }

    /// <summary>1-based line of the node in its file.</summary>
    public long Line => _node.Start.Line;

    public bool IsMapping => _node is YamlMappingNode;
    public bool IsSequence => _node is YamlSequenceNode;
    public bool IsScalar => _node is YamlScalarNode;

    /// <summary>Reads and parses a YAML file. A missing file, a syntax error or an empty document is
    /// a <see cref="ConfigurationException"/>.</summary>
    public static ConfigNode Load(string path) => Load(path, new Dictionary<string, string>())!;

    /// <summary>Parses YAML text; <paramref name="file"/> only labels error messages.</summary>
    public static ConfigNode Parse(string yaml, string? file = null) => Build(yaml, file, null);

    /// <summary>Reads a configuration file (or none) with command-line overrides applied on top:
    /// each key is a dotted path (<c>rfm.bins</c>) and each value YAML text (<c>4</c>,
    /// <c>[10, 30, 60, 120]</c>). Returns null when there is neither a file nor an override.</summary>
    public static ConfigNode? Load(string? path, IReadOnlyDictionary<string, string> overrides)
    {
        if (path is null && overrides.Count == 0) return null;
        return Build(path is null ? "" : IO.YamlInput.ReadFile(path, "--config"), path, overrides);
    }

    private static ConfigNode Build(string yaml, string? file, IReadOnlyDictionary<string, string>? overrides)
    {
        var root = ParseNode(yaml, file, allowEmpty: overrides is { Count: > 0 });
        if (overrides is { Count: > 0 })
        {
            var map = root as YamlMappingNode ?? new YamlMappingNode();
            foreach (var (key, value) in overrides) Set(map, key, ParseNode($"v: {value}", $"--set {key}", allowEmpty: false) is YamlMappingNode m ? m.Children[new YamlScalarNode("v")] : new YamlScalarNode(value));
            root = map;
        }
        return new ConfigNode(file, "", root);
    }

    private static YamlNode ParseNode(string yaml, string? file, bool allowEmpty)
    {
        var stream = IO.YamlInput.Load(yaml, file);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return allowEmpty ? new YamlMappingNode()
                : throw new ConfigurationException(file, "", "the configuration is empty", "write at least one section");
        return stream.Documents[0].RootNode;
    }

    private static void Set(YamlMappingNode map, string dottedKey, YamlNode value)
    {
        var keys = dottedKey.Split('.');
        for (var i = 0; i < keys.Length - 1; i++)
        {
            var k = new YamlScalarNode(keys[i]);
            if (!map.Children.TryGetValue(k, out var child) || child is not YamlMappingNode childMap)
            {
                childMap = new YamlMappingNode();
                map.Children[k] = childMap;
            }
            map = childMap;
        }
        map.Children[new YamlScalarNode(keys[^1])] = value;
    }

    /// <summary>An error about this node, with its file, key path and line.</summary>
    public ConfigurationException Error(string problem, string? fix = null) =>
        new(File, Path.Length == 0 ? "(root)" : Path, $"{problem} (line {Line})", fix);

    /// <summary>The child under <paramref name="key"/>, or null when the key is absent or empty.</summary>
    public ConfigNode? Optional(string key)
    {
        var map = AsMapping();
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: var name } && name == key)
                // "key:" with nothing after it reads as absent, as a person writing it means.
                return v is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain }
                    ? null
                    : new ConfigNode(File, Join(Path, key), v);
        return null;
    }

    public ConfigNode Required(string key) =>
        Optional(key) ?? throw Error($"the key '{key}' is required", $"add '{key}:' under {(Path.Length == 0 ? "the document root" : Path)}");

    public bool Has(string key) => Optional(key) is not null;

    /// <summary>Key–value pairs of a mapping, in file order.</summary>
    public IReadOnlyList<(string Key, ConfigNode Value)> Entries() =>
        AsMapping().Children.Select(kv => (KeyText(kv.Key), new ConfigNode(File, Join(Path, KeyText(kv.Key)), kv.Value))).ToList();

    /// <summary>Items of a sequence; a single scalar is read as a one-item list.</summary>
    public IReadOnlyList<ConfigNode> Items()
    {
        if (_node is YamlScalarNode) return [this];
        if (_node is not YamlSequenceNode seq) throw Error("a list is expected here", "write the items as '- item' lines or [a, b]");
        return seq.Children.Select((n, i) => new ConfigNode(File, $"{Path}[{i}]", n)).ToList();
    }

    /// <summary>Rejects keys other than <paramref name="allowed"/>, so a typo is an error rather than
    /// a silently ignored setting.</summary>
    public void AllowOnly(params string[] allowed)
    {
        foreach (var (key, value) in Entries())
            if (!allowed.Contains(key, StringComparer.Ordinal))
                throw value.Error($"unknown key '{key}'", $"use one of: {string.Join(", ", allowed)}");
    }

    public string Text()
    {
        if (_node is not YamlScalarNode s || s.Value is null) throw Error("a single value is expected here", "write one value after the colon, not a list or a mapping");
        return s.Value;
    }

    public double Number()
    {
        var t = Text();
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw Error($"'{t}' is not a number", "write a number with a dot as decimal separator, e.g. 12.5");
    }

    public int Integer()
    {
        var t = Text();
        return int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Error($"'{t}' is not a whole number", "write a whole number such as 3");
    }

    public bool Boolean()
    {
        var t = Text().ToLowerInvariant();
        return t switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error($"'{t}' is not true or false", "write true or false"),
        };
    }

    public DateOnly Date()
    {
        var t = Text();
        return DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error($"'{t}' is not a date", "write dates as YYYY-MM-DD");
    }

    /// <summary>A scalar or a list of scalars, as text.</summary>
    public IReadOnlyList<string> Texts() => Items().Select(i => i.Text()).ToList();

    public IReadOnlyList<double> Numbers() => Items().Select(i => i.Number()).ToList();

    private YamlMappingNode AsMapping() =>
        _node as YamlMappingNode ?? throw Error("a mapping of 'key: value' lines is expected here", "write 'key: value' lines indented under this key");

    private string KeyText(YamlNode key) =>
        key is YamlScalarNode { Value: { } v } ? v : throw new ConfigNode(File, Path, key).Error("keys must be plain text", "write each key as a word before a colon, not a list or a mapping");

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
