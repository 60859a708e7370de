using Microsoft.AspNetCore.Components;

namespace Sign2Gpt.Web.Portal.Layout;

/// <summary>
/// A page whose forms only work once it runs in its circuit: before that, a prerendered form would submit natively
/// and reload the page. <see cref="Interactive"/> turns true after the first interactive render; pages show it as
/// <c>data-interactive</c>, which browser tests wait for before clicking.
/// </summary>
public abstract class InteractivePage : ComponentBase
{
    protected bool Interactive { get; private set; }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            Interactive = true;
            StateHasChanged();
        }
    }
}
