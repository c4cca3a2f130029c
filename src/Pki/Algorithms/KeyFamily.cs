namespace Kazynashylyk.Pki.Algorithms;

/// <summary>The families of public keys the engine verifies.</summary>
public enum KeyFamily
{
    Rsa,
    Gost2004,
    Gost2015With256BitKey,
    Gost2015With512BitKey,
}
