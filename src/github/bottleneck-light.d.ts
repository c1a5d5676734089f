// bottleneck ships types for its full build only; the light build (the one
// @octokit/plugin-throttling itself uses) has the same API minus Redis clustering.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
