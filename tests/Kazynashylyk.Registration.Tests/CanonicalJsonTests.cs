using System.Text;
using System.Text.Json.Nodes;
using Kazynashylyk.Registration.Forms;

namespace Kazynashylyk.Registration.Tests;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Serialize_MembersInAnyOrder_SortedOrdinallyWithoutWhitespace()
    {
        var node = new JsonObject { ["b"] = "2", ["a"] = new JsonObject { ["z"] = true, ["B"] = "x" }, ["A"] = null };

        var json = Encoding.UTF8.GetString(CanonicalJson.Serialize(node));

        Assert.Equal("""{"A":null,"a":{"B":"x","z":true},"b":"2"}""", json);
    }

    [Fact]
    public void Serialize_SameContentBuiltInDifferentOrders_SameBytes()
    {
        var first = new JsonObject { ["name"] = "Тест", ["iin"] = "123456789012" };
        var second = new JsonObject { ["iin"] = "123456789012", ["name"] = "Тест" };

        Assert.Equal(CanonicalJson.Serialize(first), CanonicalJson.Serialize(second));
    }

    [Fact]
    public void Serialize_KazakhLetters_WrittenAsUtf8NotEscaped()
    {
        var bytes = CanonicalJson.Serialize(new JsonObject { ["n"] = "Қазынашылық" });

        Assert.Equal("{\"n\":\"Қазынашылық\"}", Encoding.UTF8.GetString(bytes));
        Assert.Equal(30, bytes.Length);
    }

    [Fact]
    public void Serialize_QuoteAndControlCharacter_Escaped()
    {
        var json = Encoding.UTF8.GetString(CanonicalJson.Serialize(new JsonObject { ["q"] = "a\"b\nc" }));

        Assert.Equal("""{"q":"a\"b\nc"}""", json);
    }

    [Fact]
    public void Serialize_Array_KeepsItemOrderAndSortsTheirMembers()
    {
        var node = new JsonArray(new JsonObject { ["y"] = "1", ["x"] = "2" }, "last");

        Assert.Equal("""[{"x":"2","y":"1"},"last"]""", Encoding.UTF8.GetString(CanonicalJson.Serialize(node)));
    }
}
