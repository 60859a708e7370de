namespace Sign2Gpt.Web.Portal.Layout;

/// <summary>
/// A page that reads its state again every two seconds while it is open, so that changes made elsewhere (another
/// admin, a trainer worker) show up without a reload; <see cref="Closing"/> ends with the page.
/// </summary>
public abstract class LivePage : InteractivePage, IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _closing = new();

    protected CancellationToken Closing => _closing.Token;

    /// <summary>Reads what the page shows; called on every refresh, and by the page after its own changes.</summary>
    protected abstract Task LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        if (firstRender)
        {
            _ = RefreshAsync();
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _closing.Cancel();
            _closing.Dispose();
        }
    }

    private async Task RefreshAsync()
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                await InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
