using System.Buffers.Text;
using System.Text;

namespace SegmentationKit.Synthetic;

/// <summary>A growable UTF-8 byte buffer with the few invariant formatters the generator needs:
/// integers, fixed-point decimals from scaled integers, ISO dates. No culture, no allocation per value.</summary>
internal sealed class Utf8CsvBuffer
{
    private byte[] _bytes;

    public Utf8CsvBuffer(int capacity = 1 << 16) => _bytes = new byte[capacity];

    public int Length { get; private set; }
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<byte> text)
    {
        Ensure(text.Length);
        text.CopyTo(_bytes.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>Writes one raw byte (an ASCII character), not a number.</summary>
    public void AppendByte(byte b)
    {
        Ensure(1);
        _bytes[Length++] = b;
    }

    public void Comma() => AppendByte((byte)',');
    public void NewLine() => AppendByte((byte)'\n');

    public void Append(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _bytes.AsSpan(Length), out var written);
        Length += written;
    }

    /// <summary>Writes <paramref name="scaled"/> / 10^<paramref name="decimals"/> with exactly that
    /// many decimals, e.g. (1234, 1) → "123.4", (7, 3) → "0.007".</summary>
    public void AppendFixed(long scaled, int decimals)
    {
        if (scaled < 0)
        {
            AppendByte((byte)'-');
            scaled = -scaled;
        }
        long unit = 1;
        for (var i = 0; i < decimals; i++) unit *= 10;
        Append(scaled / unit);
        Ensure(decimals + 1);
        _bytes[Length++] = (byte)'.';
        var fraction = scaled % unit;
        for (var i = decimals - 1; i >= 0; i--)
        {
            _bytes[Length + i] = (byte)('0' + fraction % 10);
            fraction /= 10;
        }
        Length += decimals;
    }

    /// <summary>Writes yyyy-MM-dd.</summary>
    public void Append(DateOnly date)
    {
        Ensure(10);
        var s = _bytes.AsSpan(Length, 10);
        var y = date.Year;
        s[0] = (byte)('0' + y / 1000);
        s[1] = (byte)('0' + y / 100 % 10);
        s[2] = (byte)('0' + y / 10 % 10);
        s[3] = (byte)('0' + y % 10);
        s[4] = (byte)'-';
        s[5] = (byte)('0' + date.Month / 10);
        s[6] = (byte)('0' + date.Month % 10);
        s[7] = (byte)'-';
        s[8] = (byte)('0' + date.Day / 10);
        s[9] = (byte)('0' + date.Day % 10);
        Length += 10;
    }

    public void Append(bool value) => Append(value ? "true"u8 : "false"u8);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private void Ensure(int extra)
    {
        if (Length + extra <= _bytes.Length) return;
        Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + extra));
    }
}
