import { renderKServe } from './kserve.js';
import { renderSageMaker } from './sagemaker.js';
import { renderTable } from './table.js';
import type { Platform, RenderInput, RenderResult } from './types.js';

export { PLATFORMS, type Platform, type RenderInput, type RenderResult } from './types.js';

export function render(platform: Platform, input: RenderInput): RenderResult {
  switch (platform) {
    case 'kserve':
      return renderKServe(input);
    case 'sagemaker':
      return renderSageMaker(input);
    case 'table':
      return renderTable(input);
  }
}
