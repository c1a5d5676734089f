/** A provider could not give an answer: the rule's outcome is error, never a metric failure. */
export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    message: string,
    /** Worth retrying within the run (timeouts, 5xx, connection failures); 4xx and bad bodies are not. */
    readonly transient = false,
  ) {
    super(message);
  }
}
