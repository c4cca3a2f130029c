using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Kazynashylyk.ServiceDefaults.Http.Idempotency;

namespace Kazynashylyk.BuildingBlocks.Tests.Idempotency;

[Collection(RedisCollection.Name)]
public sealed class IdempotencyTests(RedisFixture redis) : IAsyncLifetime
{
    private IdempotencyTestHost _host = null!;

    public async Task InitializeAsync() => _host = await IdempotencyTestHost.StartAsync(redis.Redis.ConnectionString);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Repeat_SameKeyAndBody_ReplaysStatusBodyAndLocationAndRunsOnce()
    {
        var key = NewKey();

        using var first = await SendAsync(HttpMethod.Post, "/orders", key, "{\"amount\":42}");
        using var repeat = await SendAsync(HttpMethod.Post, "/orders", key, "{\"amount\":42}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal("{\"number\":1,\"received\":\"{\\\"amount\\\":42}\"}", await first.Content.ReadAsStringAsync());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeat.Content.ReadAsStringAsync());
        Assert.Equal("/orders/1", repeat.Headers.Location?.OriginalString);
        Assert.Equal(first.Content.Headers.ContentType, repeat.Content.Headers.ContentType);
        Assert.False(first.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(["true"], repeat.Headers.GetValues(IdempotencyHeaders.Replayed));
        Assert.Equal(1, _host.Calls.Count("orders"));
    }

    [Fact]
    public async Task Repeat_SameKeyOtherBody_Returns422ProblemDetailsAndRunsOnce()
    {
        var key = NewKey();

        using var first = await SendAsync(HttpMethod.Post, "/orders", key, "{\"amount\":42}");
        using var other = await SendAsync(HttpMethod.Post, "/orders", key, "{\"amount\":43}");
        var problem = await other.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The Idempotency-Key was used for a different request.", problem.GetProperty("title").GetString());
        Assert.Equal(1, _host.Calls.Count("orders"));
    }

    [Fact]
    public async Task Concurrent_TenDuplicates_HandlerRunsOnceAndTheOthersReplayOrGet409()
    {
        var key = NewKey();

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(_ => SendAsync(HttpMethod.Post, "/slow-orders", key, "{}")));

        Assert.Equal(1, _host.Calls.Count("slow-orders"));
        var original = Assert.Single(responses, r => !r.Headers.Contains(IdempotencyHeaders.Replayed)
            && r.StatusCode == HttpStatusCode.Created);
        Assert.Equal("{\"number\":1}", await original.Content.ReadAsStringAsync());
        foreach (var response in responses.Where(r => r != original))
        {
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Assert.Equal("{\"number\":1}", await response.Content.ReadAsStringAsync());
            }

            response.Dispose();
        }

        original.Dispose();
    }

    [Fact]
    public async Task ServerError_NotStored_RetryRunsAgainAndItsAnswerIsReplayed()
    {
        var key = NewKey();

        using var failed = await SendAsync(HttpMethod.Post, "/flaky", key, "{}");
        using var retried = await SendAsync(HttpMethod.Post, "/flaky", key, "{}");
        using var repeat = await SendAsync(HttpMethod.Post, "/flaky", key, "{}");

        Assert.Equal(
            [HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { failed.StatusCode, retried.StatusCode, repeat.StatusCode });
        Assert.False(retried.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.True(repeat.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(2, _host.Calls.Count("flaky"));
    }

    [Fact]
    public async Task Exception_NotStored_RetryRunsAgain()
    {
        var key = NewKey();

        using var first = await SendAsync(HttpMethod.Post, "/throws", key, "{}");
        using var retry = await SendAsync(HttpMethod.Post, "/throws", key, "{}");

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, retry.StatusCode);
        Assert.Equal("application/problem+json", retry.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, _host.Calls.Count("throws"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("order\t1")]
    [InlineData("key-of-201-characters")]
    public async Task InvalidKey_Returns400ProblemNamingTheHeaderAndDoesNotRun(string key)
    {
        var sent = key == "key-of-201-characters" ? new string('k', 201) : key;

        using var response = await SendAsync(HttpMethod.Post, "/orders", sent, "{}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["Idempotency-Key"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, _host.Calls.Count("orders"));
    }

    [Fact]
    public async Task NoKey_Untouched_EachRequestRuns()
    {
        using var first = await SendAsync(HttpMethod.Post, "/orders", null, "{}");
        using var second = await SendAsync(HttpMethod.Post, "/orders", null, "{}");

        Assert.Equal("/orders/2", second.Headers.Location?.OriginalString);
        Assert.False(second.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(2, _host.Calls.Count("orders"));
    }

    [Fact]
    public async Task Get_WithKey_Untouched_EachRequestRuns()
    {
        var key = NewKey();

        using var first = await SendAsync(HttpMethod.Get, "/orders", key, null);
        using var second = await SendAsync(HttpMethod.Get, "/orders", key, null);

        Assert.Equal("{\"number\":2}", await second.Content.ReadAsStringAsync());
        Assert.False(second.Headers.Contains(IdempotencyHeaders.Replayed));
    }

    [Fact]
    public async Task SameKey_AnotherCaller_RunsForEachCaller()
    {
        var key = NewKey();

        using var mine = await SendAsync(HttpMethod.Post, "/orders", key, "{}", token: "token-of-one-user");
        using var theirs = await SendAsync(HttpMethod.Post, "/orders", key, "{}", token: "token-of-another-user");

        Assert.Equal("/orders/1", mine.Headers.Location?.OriginalString);
        Assert.Equal("/orders/2", theirs.Headers.Location?.OriginalString);
        Assert.False(theirs.Headers.Contains(IdempotencyHeaders.Replayed));
    }

    [Fact]
    public async Task LargeResponse_SentButNotStored_RepeatRunsAgain()
    {
        var key = NewKey();

        using var first = await SendAsync(HttpMethod.Post, "/large", key, "{}");
        using var repeat = await SendAsync(HttpMethod.Post, "/large", key, "{}");

        Assert.Equal(IdempotencyTestHost.LargeBodyBytes, (await first.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(IdempotencyTestHost.LargeBodyBytes, (await repeat.Content.ReadAsByteArrayAsync()).Length);
        Assert.False(repeat.Headers.Contains(IdempotencyHeaders.Replayed));
        Assert.Equal(2, _host.Calls.Count("large"));
    }

    [Fact]
    public async Task Stored_InRedis_UnderAHashForTheConfiguredRetention()
    {
        var key = NewKey();
        var server = _host.Redis.Multiplexer.GetServers().Single();
        var before = await server.KeysAsync(pattern: "kazynashylyk:idempotency:*").ToListAsync();

        using var response = await SendAsync(HttpMethod.Post, "/orders", key, "{}");
        var after = await server.KeysAsync(pattern: "kazynashylyk:idempotency:*").ToListAsync();
        var stored = Assert.Single(after.Except(before));
        var ttl = await _host.Redis.KeyTimeToLiveAsync(stored);

        Assert.DoesNotContain(key, stored.ToString(), StringComparison.Ordinal);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
    }

    private static string NewKey() => $"order-{Guid.NewGuid():N}";

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string? key, string? body, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyHeaders.Key, key);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await _host.Client.SendAsync(request);
    }
}
