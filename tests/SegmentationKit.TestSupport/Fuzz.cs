using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;

namespace SegmentationKit.TestSupport;

/// <summary>Shared pieces of the fuzz tests (property-based, CsCheck): inputs built from a grammar of
/// what users really write, then mutated byte by byte, and the one property every parser must have —
/// each input ends in a result or in one of the kit's documented exceptions
/// (<see cref="Errors.SegmentationKitException"/> and its subclasses), never another exception, a hang
/// or a crash.
/// <para>Budget: CI runs <see cref="Iterations"/> inputs per parser (all fuzz tests together well under
/// two minutes on two cores). Locally, <c>SEGKIT_FUZZ_ITERATIONS=200000 dotnet test --filter
/// Category=Fuzz</c> runs more, <c>SEGKIT_FUZZ_SECONDS=600</c> runs each fuzz test for ten minutes, and
/// <c>SEGKIT_FUZZ_SEED=…</c> replays the seed a failure printed. Inputs that once failed are kept as
/// regression tests beside each fuzz test.</para></summary>
public static class Fuzz
{
    /// <summary>Inputs per fuzz test: <paramref name="ci"/>, or SEGKIT_FUZZ_ITERATIONS.</summary>
    public static long Iterations(long ci) =>
        long.TryParse(Environment.GetEnvironmentVariable("SEGKIT_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ci;

    /// <summary>Seconds per fuzz test instead of a number of inputs (SEGKIT_FUZZ_SECONDS), or -1.</summary>
    public static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("SEGKIT_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : -1;

    /// <summary>The seed to replay (SEGKIT_FUZZ_SEED), or null for a fresh one.</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("SEGKIT_FUZZ_SEED") is { Length: > 0 } s ? s : null;

    /// <summary>Runs <paramref name="check"/> on <paramref name="gen"/>'s inputs with the budget above.</summary>
    public static void Run<T>(Gen<T> gen, Action<T> check, long ciIterations, Func<T, string>? print = null)
    {
        var seconds = Seconds;
        gen.Sample(check, seed: Seed, iter: seconds > 0 ? -1 : Iterations(ciIterations), time: seconds, threads: -1, print: print);
    }

    /// <summary>Runs <paramref name="parse"/>; any exception but the kit's own fails the property,
    /// with the input in the message so it can be kept as a regression test.</summary>
    public static void ExpectKitOutcome(Action parse, Func<string> describe)
    {
        try
        {
            parse();
        }
        catch (Errors.SegmentationKitException e)
        {
            if (string.IsNullOrWhiteSpace(e.Message))
                throw new InvalidOperationException("a kit exception without a message for input " + describe());
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.GetType().Name} escaped the parser: {e.Message}\ninput: {describe()}", e);
        }
    }

    /// <summary>One change to the bytes of an input.</summary>
    public readonly record struct Mutation(int Kind, int Position, byte Value, int Length);

    /// <summary>Pieces that matter to the parsers: quotes, separators, line ends, byte order marks,
    /// bytes that are not UTF-8, YAML anchors and flow brackets, JSON punctuation, formula marks.</summary>
    private static readonly byte[][] Tokens =
    [
        "\""u8.ToArray(), ","u8.ToArray(), ";"u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "\r\n"u8.ToArray(),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0xE9], [0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98],
        "'"u8.ToArray(), "="u8.ToArray(), "-"u8.ToArray(), "@"u8.ToArray(), "\t"u8.ToArray(), " "u8.ToArray(),
        "&a "u8.ToArray(), "*a"u8.ToArray(), "- "u8.ToArray(), ": "u8.ToArray(), "? "u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(),
        "{"u8.ToArray(), "}"u8.ToArray(), "!!binary "u8.ToArray(), "<<: *a"u8.ToArray(), "---\n"u8.ToArray(), "#"u8.ToArray(),
        "\"\""u8.ToArray(), "null"u8.ToArray(), "1e400"u8.ToArray(), "-0"u8.ToArray(), "NaN"u8.ToArray(), "\\u0000"u8.ToArray(),
        "2024-02-30"u8.ToArray(), "31/12/2024"u8.ToArray(), "1,5"u8.ToArray(), "customer_id"u8.ToArray(),
    ];

    public static Gen<Mutation> MutationGen { get; } =
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, int.MaxValue], Gen.Byte, Gen.Int[1, 64], (k, p, b, l) => new Mutation(k, p, b, l));

    /// <summary>Applies the mutations in order (positions wrap around the current length).</summary>
    public static byte[] Apply(byte[] input, IReadOnlyList<Mutation> mutations)
    {
        var bytes = new List<byte>(input);
        foreach (var m in mutations)
        {
            var at = bytes.Count == 0 ? 0 : m.Position % (bytes.Count + 1);
            var end = Math.Min(bytes.Count, at + m.Length);
            switch (m.Kind)
            {
                case 0: bytes.Insert(at, m.Value); break;
                case 1: if (at < bytes.Count) bytes.RemoveRange(at, end - at); break;
                case 2: if (at < bytes.Count) bytes[at] = m.Value; break;
                case 3: bytes.InsertRange(at, bytes.GetRange(Math.Min(at, bytes.Count), end - Math.Min(at, bytes.Count))); break;
                case 4: case 5: bytes.InsertRange(at, Tokens[m.Value % Tokens.Length]); break;
                case 6: if (at < bytes.Count) bytes.RemoveRange(at, bytes.Count - at); break;
                case 7: bytes.InsertRange(at, Enumerable.Repeat(Tokens[m.Value % Tokens.Length][0], m.Length * 8)); break;
                default: bytes.InsertRange(at, Tokens[(m.Value + m.Length) % Tokens.Length]); break;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>Text from <paramref name="text"/>, encoded the ways users' files come (UTF-8 with or
    /// without a mark, Windows-1252, UTF-16 LE), then mutated 0 to 6 times.</summary>
    public static Gen<byte[]> Mutated(Gen<string> text) =>
        Gen.Select(text, Gen.Int[0, 9], MutationGen.Array[0, 6], (t, encoding, mutations) => Apply(Encode(t, encoding), mutations));

    private static byte[] Encode(string text, int how)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return how switch
        {
            7 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            8 => Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetBytes(text),
            9 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
    }

    /// <summary>Bytes as C# source, so a failing input can be pasted into a regression test.</summary>
    public static string Show(byte[] bytes)
    {
        var text = new StringBuilder("\"");
        foreach (var b in bytes.Take(2000))
            text.Append(b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}");
        return text.Append(bytes.Length > 2000 ? "\" (cut)" : "\"").ToString();
    }

    /// <summary>A fresh file path per thread (the loaders read files), reused across inputs.</summary>
    public static string TempFile(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"segkit-fuzz-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    /// <summary>Fails when <paramref name="action"/> takes longer than <paramref name="limit"/>: an
    /// input must not make a parser hang.</summary>
    public static void WithinTime(TimeSpan limit, Action action, Func<string> describe)
    {
        var clock = Stopwatch.StartNew();
        action();
        if (clock.Elapsed > limit) throw new TimeoutException($"took {clock.Elapsed.TotalSeconds:0.0} s (limit {limit.TotalSeconds} s) on input {describe()}");
    }
}
