import * as fs from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CUSTODY_CONFIG, CustodyConfig } from '../config/config';
import { PrincipalsService } from './principals.service';
import { newToken } from './tokens';

/**
 * The first administrator. CUSTODY_ADMIN_TOKEN wins; otherwise the token in `<dataDir>/admin-token` is used,
 * and on a first start one is generated and written there with mode 0600.
 */
@Injectable()
export class BootstrapAdmin {
  private readonly logger = new Logger('BootstrapAdmin');

  constructor(
    private readonly principals: PrincipalsService,
    @Inject(CUSTODY_CONFIG) private readonly config: CustodyConfig,
  ) {}

  async ensure(): Promise<void> {
    if (this.config.adminToken) {
      await this.principals.setBootstrapAdminToken(this.config.adminToken);
      this.logger.log('Admin token taken from CUSTODY_ADMIN_TOKEN');
      return;
    }
    const file = path.join(this.config.dataDir, 'admin-token');
    let token = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
    if (!token) {
      token = newToken();
      fs.mkdirSync(this.config.dataDir, { recursive: true });
      fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
      fs.chmodSync(file, 0o600);
    }
    await this.principals.setBootstrapAdminToken(token);
    this.logger.log(`Admin token is in ${file}`);
  }
}
