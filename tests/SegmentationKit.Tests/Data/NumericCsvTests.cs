using System.Globalization;
using System.Text;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Tests.Data;

/// <summary>The fast numeric reader: values, dialects, and one test per kind of bad input with the
/// exact "file:line, column 'x'" text.</summary>
public class NumericCsvTests
{
    private static DataValidationException Fails(string path, NumericCsvOptions? options = null) =>
        FluentActions.Invoking(() => NumericCsv.Load(path, options)).Should().Throw<DataValidationException>().Which;

    [Fact]
    public void Reads_values_row_major_with_header_names()
    {
        var path = TestCsv.Write("x.csv", "a,b,c\n1,2.5,-3\n4e2,0.125,6\n");
        var m = NumericCsv.Load(path);
        (m.Rows, m.Columns).Should().Be((2, 3));
        m.ColumnNames.Should().Equal("a", "b", "c");
        m.Values.Should().Equal(1, 2.5, -3, 400, 0.125, 6);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_crlf_quoted_headers_and_quoted_numbers()
    {
        var path = TestCsv.Write("x.csv", "\"first, name\",\"b\"\r\n\"1.5\", 2 \r\n\r\n3,4\r\n", bom: true);
        var m = NumericCsv.Load(path);
        m.ColumnNames.Should().Equal("first, name", "b");
        m.Values.Should().Equal(1.5, 2, 3, 4);
    }

    [Fact]
    public void Reads_a_french_file_with_semicolons_and_decimal_commas()
    {
        var path = TestCsv.Write("x.csv", "a;b\n1,5;-2,25\n3;4\n");
        NumericCsv.Load(path).Values.Should().Equal(1.5, -2.25, 3, 4);
    }

    [Fact]
    public void A_last_line_without_newline_is_read()
    {
        var path = TestCsv.Write("x.csv", "a\n1\n2");
        NumericCsv.Load(path).Values.Should().Equal(1, 2);
    }

    [Fact]
    public void Excluded_columns_are_left_out_and_may_hold_text()
    {
        var path = TestCsv.Write("x.csv", "id,a,label,b\nC001,1,north,2\nC002,3,south,4\n");
        var m = NumericCsv.Load(path, new NumericCsvOptions { Exclude = ["id", "label"] });
        m.ColumnNames.Should().Equal("a", "b");
        m.Values.Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public void Parses_every_value_to_the_same_double_as_double_Parse()
    {
        var rng = new Random(7);
        var expected = new List<double>();
        var text = new StringBuilder("x,y\n");
        for (var i = 0; i < 2000; i++)
        {
            var x = (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-5, 12));
            var y = Math.Round(rng.NextDouble() * 1e6, rng.Next(0, 7));
            var xs = x.ToString(i % 2 == 0 ? "R" : "E10", CultureInfo.InvariantCulture);
            var ys = y.ToString(CultureInfo.InvariantCulture);
            text.Append(xs).Append(',').Append(ys).Append('\n');
            expected.Add(double.Parse(xs, CultureInfo.InvariantCulture));
            expected.Add(double.Parse(ys, CultureInfo.InvariantCulture));
        }
        var m = NumericCsv.Load(TestCsv.Write("x.csv", text.ToString()));
        m.Values.Should().Equal(expected);
    }

    [Fact]
    public void A_file_of_many_blocks_reads_identically_at_any_thread_count_and_names_late_lines()
    {
        // ~12 MB: more than one 8 MB block, so rows cross block and part boundaries.
        var text = new StringBuilder("a,b,c,d\n");
        var rng = new Random(3);
        const int rows = 300_000;
        for (var i = 0; i < rows; i++)
            text.Append(CultureInfo.InvariantCulture, $"{i},{rng.NextDouble():R},{rng.Next(1000)},{-rng.NextDouble() * 100:R}\n");
        var path = TestCsv.Write("big.csv", text.ToString());
        var one = NumericCsv.Load(path, new NumericCsvOptions { MaxDegreeOfParallelism = 1 });
        var all = NumericCsv.Load(path);
        one.Rows.Should().Be(rows);
        Enumerable.Range(0, rows).Select(i => one[i, 0]).Should().Equal(Enumerable.Range(0, rows).Select(i => (double)i));
        all.Values.Should().Equal(one.Values);

        text.Replace("\n299990,", "\n299990,oops,");
        var bad = TestCsv.Write("bad.csv", text.ToString());
        Fails(bad).Message.Should().StartWith($"{bad}:299992, column 'b': not a number (value 'oops')");
    }

    [Fact]
    public void Text_in_a_cell_names_line_column_value_and_fix()
    {
        var path = TestCsv.Write("x.csv", "a,b\n1,2\n3,12k\n");
        var e = Fails(path);
        e.Message.Should().Be($"{path}:3, column 'b': not a number (value '12k'). Fix: write numbers like 1234.5 with no thousands separator " +
                              "(file read as standard (',' separator, decimal point); set the dialect if that is wrong), or leave the column out (exclude it)");
        (e.Line, e.Column, e.Value).Should().Be((3L, "b", "12k"));
    }

    [Fact]
    public void An_empty_cell_is_an_error_because_missing_values_are_not_allowed()
    {
        var path = TestCsv.Write("x.csv", "a,b\n1,\n");
        Fails(path).Message.Should().Be($"{path}:2, column 'b': empty cell: this reader needs a number in every cell of a kept column (value ''). " +
                                          "Fix: fill in the value or remove the row, or leave the column out (exclude it)");
    }

    [Theory]
    [InlineData("NaN", "NaN is not a usable value")]
    [InlineData("Infinity", "not a finite number (infinite or out of range)")]
    [InlineData("-Infinity", "not a finite number (infinite or out of range)")]
    [InlineData("1e999", "not a finite number (infinite or out of range)")]
    public void NaN_and_infinity_are_errors(string cell, string problem)
    {
        var path = TestCsv.Write("x.csv", $"a,b\n1,2\n{cell},3\n");
        Fails(path).Message.Should().Be($"{path}:3, column 'a': {problem} (value '{cell}'). Fix: replace it with a finite number or remove the row");
    }

    [Fact]
    public void A_short_row_names_the_first_missing_column()
    {
        var path = TestCsv.Write("x.csv", "a,b,c\n1,2,3\n4,5\n");
        Fails(path).Message.Should().Be($"{path}:3, column 'c': the row has 2 fields but the header has 3. Fix: check for a missing or extra ',' on this line");
    }

    [Fact]
    public void A_long_row_gives_its_field_count()
    {
        var path = TestCsv.Write("x.csv", "a,b\n1,2,3,4\n");
        Fails(path).Message.Should().Be($"{path}:2: the row has 4 fields but the header has 2. Fix: check for a missing or extra ',' on this line");
    }

    [Fact]
    public void Line_numbers_count_blank_lines()
    {
        var path = TestCsv.Write("x.csv", "\na\n1\n\n\nx\n");
        Fails(path).Message.Should().StartWith($"{path}:6, column 'a': not a number (value 'x')");
    }

    [Fact]
    public void A_header_without_rows_is_an_error()
    {
        var path = TestCsv.Write("x.csv", "a,b\r\n\r\n");
        Fails(path).Message.Should().Be($"{path}:2: the file has a header but no data rows. Fix: add at least one row of numbers under the header");
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var path = TestCsv.Write("x.csv", "", bom: true);
        Fails(path).Message.Should().Be($"{path}:1: the file is empty. Fix: export the table with its header line and at least one row");
    }

    [Fact]
    public void Excluding_a_column_the_header_lacks_lists_the_header()
    {
        var path = TestCsv.Write("x.csv", "a,b\n1,2\n");
        Fails(path, new NumericCsvOptions { Exclude = ["id"] }).Message.Should()
            .Be($"{path}:1, column 'id': the column to exclude is not in the header. Fix: name columns as the header writes them: a, b");
    }

    [Fact]
    public void Excluding_every_column_is_an_error()
    {
        var path = TestCsv.Write("x.csv", "a\n1\n");
        Fails(path, new NumericCsvOptions { Exclude = ["a"] }).Message.Should()
            .Be($"{path}:1: every column is excluded, so no feature is left. Fix: exclude fewer columns");
    }

    [Fact]
    public void A_duplicate_header_is_an_error()
    {
        var path = TestCsv.Write("x.csv", "a,b,a\n1,2,3\n");
        Fails(path).Message.Should().Be($"{path}:1, column 'a': the column appears twice (columns 1 and 3). Fix: rename or remove one of them");
    }

    [Fact]
    public void An_unclosed_quote_in_a_cell_is_an_error()
    {
        var path = TestCsv.Write("x.csv", "a,b\n\"1,2\n");
        Fails(path).Message.Should().StartWith($"{path}:2, column 'a': malformed quoting (a quote that is never closed)");
    }

    [Fact]
    public void A_decimal_point_in_a_french_file_is_not_a_number()
    {
        var path = TestCsv.Write("x.csv", "a;b\n1.5;2\n");
        Fails(path).Message.Should().StartWith($"{path}:2, column 'a': not a number (value '1.5'). Fix: write numbers like 1234,5");
    }
}
