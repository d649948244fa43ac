namespace Forecast.Model.Random;

/// <summary>
/// Philox4x32-10 (Salmon, Moraes, Dror &amp; Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC'11), as in
/// Random123: a 128-bit counter and a 64-bit key give 128 random bits. Kept as the published reference against
/// which the faster counter-hash draws are compared; tested on Random123's known-answer vectors.
/// </summary>
public static class Philox4x32
{
    private const uint M0 = 0xD2511F53;
    private const uint M1 = 0xCD9E8D57;
    private const uint W0 = 0x9E3779B9; // golden ratio
    private const uint W1 = 0xBB67AE85; // sqrt(3) - 1

    public static (uint X0, uint X1, uint X2, uint X3) Generate(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1)
    {
        for (var round = 0; round < 10; round++)
        {
            if (round > 0)
            {
                k0 += W0;
                k1 += W1;
            }

            var p0 = (ulong)M0 * c0;
            var p1 = (ulong)M1 * c2;
            (c0, c1, c2, c3) = ((uint)(p1 >> 32) ^ c1 ^ k0, (uint)p1, (uint)(p0 >> 32) ^ c3 ^ k1, (uint)p0);
        }

        return (c0, c1, c2, c3);
    }
}
