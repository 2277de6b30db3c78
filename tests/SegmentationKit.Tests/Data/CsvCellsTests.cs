using System.Globalization;
using System.Text;
using SegmentationKit.Data;

namespace SegmentationKit.Tests.Data;

public class CsvCellsTests
{
    [Fact]
    public void The_fast_number_path_gives_exactly_what_double_parse_gives()
    {
        var rng = new Random(7);
        var samples = new List<string> { "0", "-0", "0.1", "0.3", "1234.5", "999999999999999", "0.000000000000001",
            "12.30", "-7.25", "100", "36000.5", "0.333", "2.22507385850720", "1.79769313486231" };
        for (var i = 0; i < 20_000; i++)
        {
            var digits = rng.Next(1, 16);
            var mantissa = rng.NextInt64(0, (long)Math.Pow(10, digits));
            var text = mantissa.ToString(CultureInfo.InvariantCulture);
            var point = rng.Next(0, text.Length);
            samples.Add(point == 0 ? text : text[..point] + "." + text[point..]);
        }
        foreach (var text in samples)
        {
            CsvCells.TryParsePlainDecimal(Encoding.UTF8.GetBytes(text), ".", out var fast).Should().BeTrue(text);
            BitConverter.DoubleToInt64Bits(fast).Should().Be(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), text);
        }
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("1234567890123456")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("+5")]
    [InlineData("1,5")]
    [InlineData("-")]
    [InlineData("")]
    public void The_fast_number_path_leaves_other_forms_to_double_parse(string text) =>
        CsvCells.TryParsePlainDecimal(Encoding.UTF8.GetBytes(text), ".", out _).Should().BeFalse();

    [Fact]
    public void Numbers_the_fast_path_leaves_still_parse()
    {
        CsvCells.TryParseNumber("3000.0416666666665"u8, NumberFormatInfo.InvariantInfo, out var long17).Should().BeTrue();
        long17.Should().Be(3000.0416666666665);
        CsvCells.TryParseNumber("1e5"u8, NumberFormatInfo.InvariantInfo, out var e).Should().BeTrue();
        e.Should().Be(100000);
        CsvCells.TryParseNumber("1234567890123456789"u8, NumberFormatInfo.InvariantInfo, out var big).Should().BeTrue();
        big.Should().Be(1234567890123456789d);
        CsvCells.TryParseNumber("12k"u8, NumberFormatInfo.InvariantInfo, out _).Should().BeFalse();
    }
}
