using System.Globalization;
using SegmentationKit.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SegmentationKit.IO;

/// <summary>The one way the kit reads a YAML configuration (rules and method configurations, column
/// mappings, branding), with its cost bounded before the document is built: at most
/// <see cref="MaxFileBytes"/> bytes, <see cref="MaxDepth"/> levels of nesting and
/// <see cref="MaxNodes"/> values once aliases are expanded. A 1 KB file of nested aliases ("billion
/// laughs") or ten thousand nested <c>not:</c> is a <see cref="ConfigurationException"/> that names the
/// limit, not gigabytes of memory or a stack overflow. The text is decoded by <see cref="TextInput"/>.</summary>
public static class YamlInput
{
    /// <summary>Largest configuration file read, bytes (1 MiB: a rules file of ten thousand lines is 300 KB).</summary>
    public const long MaxFileBytes = 1 << 20;

    /// <summary>Deepest nesting of lists and mappings (a deep rule is about fifteen levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>Most values (scalars, lists, mappings) in a document, counting each alias as the
    /// copy it stands for.</summary>
    public const long MaxNodes = 200_000;

    /// <summary>Reads the YAML file at <paramref name="path"/> and parses it within the limits.</summary>
    /// <param name="option">The option that named the file, for the message of a missing file.</param>
    public static YamlStream LoadFile(string path, string option) => Load(ReadFile(path, option), path);

    /// <summary>The text of a configuration file: checked to exist and to be within
    /// <see cref="MaxFileBytes"/>, decoded by <see cref="TextInput"/>.</summary>
    public static string ReadFile(string path, string option)
    {
        if (!File.Exists(path))
            throw new ConfigurationException(path, "(file)", Directory.Exists(path) ? "this is a folder, not a file" : "the file does not exist", $"check the {option} path");
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
            throw new ConfigurationException(path, "(file)",
                string.Create(CultureInfo.InvariantCulture, $"the file is {length:N0} bytes; a configuration may have at most {MaxFileBytes:N0} (size limit)"),
                "check that this is the configuration file; split the configuration or shorten long value lists");
        return TextInput.ReadAllText(path, null, out _);
    }

    /// <summary>Parses YAML text within the limits; <paramref name="file"/> names it in messages.</summary>
    public static YamlStream Load(string yaml, string? file)
    {
        if (yaml.Length > MaxFileBytes)
            throw new ConfigurationException(file, "(file)",
                string.Create(CultureInfo.InvariantCulture, $"the text is {yaml.Length:N0} characters; a configuration may have at most {MaxFileBytes:N0} (size limit)"),
                "split the configuration or shorten long value lists");
        try
        {
            CheckCost(yaml, file);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream;
        }
        catch (YamlException e)
        {
            throw new ConfigurationException(file, $"line {e.Start.Line}", $"the YAML cannot be read: {(e.InnerException ?? e).Message}",
                "check the indentation, the colons and the quoting at that line");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or InvalidCastException or KeyNotFoundException)
        {
            // The representation model refuses some documents the parser accepts (e.g. a key twice).
            throw new ConfigurationException(file, "(file)", $"the YAML cannot be read: {e.Message}",
                "check that no key appears twice in a mapping and that every value is complete");
        }
    }

    /// <summary>Walks the parser's events (no recursion, nothing built) and stops at the first limit passed.</summary>
    private static void CheckCost(string yaml, string? file)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(string? Anchor, long Nodes)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        void Add(long nodes, Mark at)
        {
            if (open.Count > 0)
            {
                var (anchor, count) = open.Pop();
                open.Push((anchor, count + nodes));
            }
            total += nodes;
            if (total > MaxNodes)
                throw new ConfigurationException(file, $"line {at.Line}",
                    string.Create(CultureInfo.InvariantCulture, $"the document holds more than {MaxNodes:N0} values once its aliases (*name) are expanded (alias expansion limit)"),
                    "write the values out instead of nesting aliases of aliases, or split the configuration");
        }
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case Scalar s:
                    Add(1, s.Start);
                    if (!s.Anchor.IsEmpty) anchors[s.Anchor.Value] = 1;
                    break;
                case AnchorAlias a:
                    if (open.Any(o => o.Anchor == a.Value.Value))
                        throw new ConfigurationException(file, $"line {a.Start.Line}", $"the alias *{a.Value.Value} refers to the value it is part of",
                            "an alias can only repeat a value defined before it, not the one it is inside");
                    // YAML only allows an alias of a value defined before it; the representation model
                    // accepts later ones and, for an alias used as a key, recurses until the stack overflows.
                    if (!anchors.TryGetValue(a.Value.Value, out var size))
                        throw new ConfigurationException(file, $"line {a.Start.Line}", $"the alias *{a.Value.Value} refers to no anchor (&{a.Value.Value}) defined before it",
                            $"define '&{a.Value.Value}' on a value above this line, or write the value out");
                    Add(size, a.Start);
                    break;
                case NodeEvent start when start is SequenceStart or MappingStart:
                    Add(1, start.Start);
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, 1));
                    if (open.Count > MaxDepth)
                        throw new ConfigurationException(file, $"line {start.Start.Line}",
                            $"the lists and mappings are nested more than {MaxDepth} levels deep (nesting limit)",
                            "flatten the configuration: a rule needs far fewer levels (e.g. combine conditions with all:/any: side by side)");
                    break;
                case SequenceEnd or MappingEnd:
                    var (name, nodes) = open.Pop();
                    if (name is not null) anchors[name] = nodes;
                    if (open.Count > 0)
                    {
                        var (parent, count) = open.Pop();
                        open.Push((parent, count + nodes - 1));
                    }
                    break;
            }
        }
    }

    /// <summary>The text of a mapping key, or a <see cref="ConfigurationException"/> naming the line
    /// when the key is a list or a mapping (<c>[a, b]: x</c>, <c>? {a: 1}</c>).</summary>
    public static string KeyText(YamlNode key, string? file, string where)
    {
        if (key is YamlScalarNode { Value: { } text }) return text;
        throw new ConfigurationException(file, where.Length == 0 ? $"line {key.Start.Line}" : $"{where} (line {key.Start.Line})",
            $"a key must be plain text, not a {(key is YamlSequenceNode ? "list" : key is YamlMappingNode ? "mapping" : "null")}",
            "write each key as a word before a colon, e.g. 'Client: customer_id'");
    }
}
