using System.Globalization;
using System.Text;
using SegmentationKit.Data;

namespace SegmentationKit.Tests.Data;

/// <summary>The fast decimal parser must give exactly the double .NET's own parser gives (both round
/// correctly), or decline so the caller falls back to it.</summary>
public class FastDoubleParserTests
{
    private static void ShouldMatchDotNet(string text)
    {
        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (FastDoubleParser.TryParse(Encoding.ASCII.GetBytes(text), (byte)'.', out var value))
            BitConverter.DoubleToInt64Bits(value).Should().Be(BitConverter.DoubleToInt64Bits(expected), text);
    }

    [Theory]
    [InlineData("9007199254740993")] // 2^53 + 1: halfway, ties to even
    [InlineData("9007199254740995")]
    [InlineData("1e23")]
    [InlineData("0.1")]
    [InlineData("-0.0")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("2.2250738585072014e-308")]
    [InlineData("2.2250738585072011e-308")]
    [InlineData("4.9e-324")]
    [InlineData("7.2057594037927933e16")]
    [InlineData("9999999999999999999")]
    [InlineData("0.0000000000000000000000000001234567890123456789")]
    [InlineData("123456789012345678.9e-5")]
    [InlineData("+5.")]
    [InlineData(".25")]
    public void Hard_cases_match_the_runtime_parser(string text) => ShouldMatchDotNet(text);

    [Fact]
    public void Random_doubles_in_every_format_match_the_runtime_parser()
    {
        var rng = new Random(11);
        var bytes = new byte[8];
        string[] formats = ["R", "E16", "E18", "F6", "G17", "E3"];
        var parsedFast = 0;
        for (var i = 0; i < 200_000; i++)
        {
            rng.NextBytes(bytes);
            var x = BitConverter.ToDouble(bytes);
            if (!double.IsFinite(x)) continue;
            if (i % 3 == 0) x = (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-30, 30));
            var text = x.ToString(formats[i % formats.Length], CultureInfo.InvariantCulture);
            if (text.Length > 60) continue;
            ShouldMatchDotNet(text);
            if (FastDoubleParser.TryParse(Encoding.ASCII.GetBytes(text), (byte)'.', out _)) parsedFast++;
        }
        parsedFast.Should().BeGreaterThan(150_000, "nearly every number takes the fast path");
    }

    [Fact]
    public void Random_nineteen_digit_mantissas_with_any_exponent_match_the_runtime_parser()
    {
        var rng = new Random(5);
        for (var i = 0; i < 200_000; i++)
        {
            var mantissa = (ulong)rng.NextInt64(1, long.MaxValue) % 10_000_000_000_000_000_000UL;
            ShouldMatchDotNet(string.Create(CultureInfo.InvariantCulture, $"{mantissa}e{rng.Next(-340, 300)}"));
        }
    }

    [Theory]
    [InlineData("1e")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("-")]
    [InlineData("12345678901234567890123")]
    [InlineData("1e999")]
    public void Other_text_is_left_to_the_runtime_parser(string text) =>
        FastDoubleParser.TryParse(Encoding.ASCII.GetBytes(text), (byte)'.', out _).Should().BeFalse();
}
