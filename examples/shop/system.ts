/**
 * The shop as a system for seam's contract flow (`seam example shop`): order-service consumes
 * payment-service and inventory-service; with a break mode, the provider it breaks gets a new
 * version, as a real change would.
 */
import type { ContractSystem, SystemService } from '../../src/design/index.ts';
import { consumerContracts, shopProviders } from './index.ts';
import { type BreakMode, resolveBreakMode } from './shared/break-mode.ts';

/**
 * The shop's services, with the given break mode (default: `SHOP_BREAK`, else none).
 *
 * @example
 * const result = await runContractFlow(shopSystem({ breaking: 'renamed-field' }), { outDir: '.seam/shop' });
 */
export function shopSystem(options: { readonly breaking?: BreakMode } = {}): ContractSystem {
  const breaking = resolveBreakMode(options.breaking);
  const providers: SystemService[] = shopProviders.map((provider) => {
    const broken = breaking !== 'none' && provider.breaks.includes(breaking);
    return {
      name: provider.name,
      version: broken ? `1.0.1-${breaking}` : '1.0.0',
      provider: { start: () => provider.start(broken ? { breaking } : { breaking: 'none' }) },
    };
  });
  return {
    name: 'shop',
    environment: 'production',
    services: [{ name: 'order-service', version: '1.0.0', consumerContracts }, ...providers],
  };
}
