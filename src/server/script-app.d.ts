// Granular consent (2025): ScriptApp.getAuthorizationInfo takes the scopes to ask about, and
// AuthorizationInfo.getAuthorizedScopes tells which of them the user granted
// (https://developers.google.com/apps-script/reference/script/authorization-info). The
// @types/google-apps-script typings predate both.
declare namespace GoogleAppsScript.Script {
  interface ScriptApp {
    getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
  }
  interface AuthorizationInfo {
    getAuthorizedScopes(): string[] | null;
  }
}
