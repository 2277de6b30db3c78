using System.Numerics;
using System.Runtime.CompilerServices;

namespace SegmentationKit.Data;

/// <summary>Correctly rounded decimal → double for the plain numbers data files hold
/// (<c>[+-]digits[.digits][e[+-]digits]</c>, at most 19 significant digits), without going through
/// <see cref="double.TryParse(ReadOnlySpan{byte}, System.Globalization.NumberStyles, IFormatProvider?, out double)"/>:
/// Clinger's exact fast path when the digits fit 53 bits and the power of ten is exact, else the
/// Eisel–Lemire algorithm (Lemire, "Number parsing at a gigabyte per second", 2021; the fast_float
/// library's formulation with its 128-bit powers of five). Returns false — and the caller falls back to
/// double.TryParse — for anything else: more digits, subnormal or overflowing results, other syntax.</summary>
internal static class FastDoubleParser
{
    private const int SmallestPowerOfTen = -342;
    private const int LargestPowerOfTen = 308;

    private static readonly double[] ExactPowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>For q in [-342, 308]: 5^q normalised to 128 bits (high word, low word), as fast_float
    /// tabulates them — truncated for q ≥ 0, rounded up for q &lt; 0.</summary>
    private static readonly ulong[] PowersOfFive = BuildPowersOfFive();

    public static bool TryParse(ReadOnlySpan<byte> s, byte decimalMark, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+')) { negative = s[0] == (byte)'-'; i = 1; }
        ulong w = 0;
        var significant = 0;
        var mantissaDigits = 0;
        var fraction = 0;
        for (; i < s.Length; i++)
        {
            var d = (uint)(s[i] - '0');
            if (d > 9) break;
            if (!Accumulate(ref w, ref significant, d)) return false;
            mantissaDigits++;
        }
        if (i < s.Length && s[i] == decimalMark)
        {
            for (i++; i < s.Length; i++)
            {
                var d = (uint)(s[i] - '0');
                if (d > 9) break;
                if (!Accumulate(ref w, ref significant, d)) return false;
                mantissaDigits++;
                fraction++;
            }
        }
        if (mantissaDigits == 0) return false;
        long exponent = 0;
        if (i < s.Length && (s[i] == (byte)'e' || s[i] == (byte)'E'))
        {
            i++;
            var negativeExponent = false;
            if (i < s.Length && (s[i] == (byte)'-' || s[i] == (byte)'+')) { negativeExponent = s[i] == (byte)'-'; i++; }
            var exponentDigits = 0;
            for (; i < s.Length; i++)
            {
                var d = (uint)(s[i] - '0');
                if (d > 9) break;
                if (++exponentDigits > 6) return false;
                exponent = exponent * 10 + d;
            }
            if (exponentDigits == 0) return false;
            if (negativeExponent) exponent = -exponent;
        }
        if (i != s.Length) return false;

        var q = exponent - fraction;
        if (w == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }
        if (q is >= -22 and <= 22 && w <= 1UL << 53)
        {
            // Both w and 10^|q| are exact doubles, so one IEEE operation rounds correctly.
            double m = w;
            value = q < 0 ? m / ExactPowersOfTen[-q] : m * ExactPowersOfTen[q];
            if (negative) value = -value;
            return true;
        }
        if (q is < SmallestPowerOfTen or > LargestPowerOfTen) return false;
        if (!EiselLemire(w, (int)q, out var bits)) return false;
        value = BitConverter.UInt64BitsToDouble(bits);
        if (negative) value = -value;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Accumulate(ref ulong w, ref int significant, uint digit)
    {
        if (w == 0 && digit == 0) return true; // leading zeros are not significant
        if (++significant > 19) return false;
        w = w * 10 + digit;
        return true;
    }

    /// <summary>w × 10^q (w ≠ 0) as the bits of the nearest double, ties to even; false for results
    /// that would be subnormal or infinite (left to the slow path).</summary>
    private static bool EiselLemire(ulong w, int q, out ulong bits)
    {
        bits = 0;
        var lz = BitOperations.LeadingZeroCount(w);
        w <<= lz;
        var index = 2 * (q - SmallestPowerOfTen);
        var hi = Math.BigMul(w, PowersOfFive[index], out var lo);
        const ulong precisionMask = ulong.MaxValue >> 55;
        if ((hi & precisionMask) == precisionMask)
        {
            var hi2 = Math.BigMul(w, PowersOfFive[index + 1], out _);
            lo += hi2;
            if (hi2 > lo) hi++;
        }
        var upperBit = (int)(hi >> 63);
        var mantissa = hi >> (upperBit + 9);
        var power2 = (((152170 + 65536) * q) >> 16) + 63 + upperBit - lz + 1023;
        if (power2 <= 0) return false;
        // Halfway between two doubles: round to even rather than up.
        if (lo <= 1 && q is >= -4 and <= 23 && (mantissa & 3) == 1 && (mantissa << (upperBit + 9)) == hi)
            mantissa &= ~1UL;
        mantissa += mantissa & 1;
        mantissa >>= 1;
        if (mantissa >= 2UL << 52)
        {
            mantissa = 1UL << 52;
            power2++;
        }
        mantissa &= ~(1UL << 52);
        if (power2 >= 0x7FF) return false;
        bits = mantissa | ((ulong)power2 << 52);
        return true;
    }

    private static ulong[] BuildPowersOfFive()
    {
        var table = new ulong[2 * (LargestPowerOfTen - SmallestPowerOfTen + 1)];
        var two128 = BigInteger.One << 128;
        var two127 = BigInteger.One << 127;
        var mask = (BigInteger.One << 64) - 1;
        for (var q = SmallestPowerOfTen; q <= LargestPowerOfTen; q++)
        {
            BigInteger c;
            if (q < 0)
            {
                var power5 = BigInteger.Pow(5, -q);
                var z = (int)power5.GetBitLength();
                c = q >= -27
                    ? (BigInteger.One << (z + 127)) / power5 + 1
                    : (BigInteger.One << (2 * z + 128)) / power5 + 1;
                while (c >= two128) c >>= 1;
            }
            else
            {
                c = BigInteger.Pow(5, q);
                while (c < two127) c <<= 1;
                while (c >= two128) c >>= 1;
            }
            var i = 2 * (q - SmallestPowerOfTen);
            table[i] = (ulong)(c >> 64);
            table[i + 1] = (ulong)(c & mask);
        }
        return table;
    }
}
