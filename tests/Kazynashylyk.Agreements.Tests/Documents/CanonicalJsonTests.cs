using System.Text;
using System.Text.Json.Nodes;
using Kazynashylyk.Agreements.Documents;

namespace Kazynashylyk.Agreements.Tests.Documents;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Serialize_MembersAddedOutOfOrder_SortedByOrdinalWithoutWhitespace()
    {
        var tree = new JsonObject
        {
            ["b"] = "2",
            ["aa"] = new JsonArray("x", true, null),
            ["B"] = new JsonObject { ["z"] = 1, ["a"] = false },
            ["a"] = "1",
        };

        var json = Encoding.UTF8.GetString(CanonicalJson.Serialize(tree));

        Assert.Equal("""{"B":{"a":false,"z":1},"a":"1","aa":["x",true,null],"b":"2"}""", json);
    }

    [Fact]
    public void Serialize_SameTreeBuiltTwiceInOtherOrders_IdenticalBytes()
    {
        var first = new JsonObject { ["kind"] = "eds-use", ["place"] = "Алматы", ["n"] = 17 };
        var second = new JsonObject { ["n"] = 17, ["place"] = "Алматы", ["kind"] = "eds-use" };

        Assert.Equal(CanonicalJson.Serialize(first), CanonicalJson.Serialize(second));
    }

    [Fact]
    public void EncodeString_Cyrillic_RawUtf8NotEscaped()
    {
        var encoded = CanonicalJson.EncodeString("Қазынашылық-Клиент");

        Assert.Equal(Encoding.UTF8.GetBytes("\"Қазынашылық-Клиент\""), encoded);
        Assert.DoesNotContain((byte)'\\', encoded);
    }

    [Fact]
    public void EncodeString_QuotesAndBackslash_EscapedWithBackslash()
    {
        var encoded = Encoding.UTF8.GetString(CanonicalJson.EncodeString("ГУ \"Аппарат\" \\ 1"));

        Assert.Equal("\"ГУ \\\"Аппарат\\\" \\\\ 1\"", encoded);
    }

    [Fact]
    public void EncodeString_ControlCharacters_ShortFormsOrLowerCaseHex()
    {
        var encoded = Encoding.UTF8.GetString(CanonicalJson.EncodeString("a\nb\tc\u001fd\u007fe\u2028"));

        Assert.Equal("\"a\\nb\\tc\\u001fd\u007fe\u2028\"", encoded);
    }

    [Fact]
    public void EncodeString_CharacterOutsideBasicPlane_RawFourByteUtf8()
    {
        var encoded = CanonicalJson.EncodeString("\U0001F600");

        Assert.Equal(new byte[] { 0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22 }, encoded);
    }

    [Fact]
    public void EncodeString_LoneSurrogate_Throws()
    {
        Assert.Throws<ArgumentException>(() => CanonicalJson.EncodeString("a\uD800b"));
    }

    [Fact]
    public void Serialize_FloatingPointNumber_Throws()
    {
        Assert.Throws<ArgumentException>(() => CanonicalJson.Serialize(new JsonObject { ["x"] = 1.5 }));
    }

    [Fact]
    public void Serialize_MemberNameWithSpace_Throws()
    {
        Assert.Throws<ArgumentException>(() => CanonicalJson.Serialize(new JsonObject { ["a b"] = "1" }));
    }
}
