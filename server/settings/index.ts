/**
 * The organisation's settings and each channel's rules, as admins see and change them. Routes validate
 * (server/shapes/settings.ts, channel-rules.ts), call one of these and return what it returns.
 */
export { changeChannelRules, channelRulesView } from "./channels";
export { changeSettings, jurisdictionList, settingsView } from "./organisation";
