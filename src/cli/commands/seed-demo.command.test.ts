import { afterEach, describe, expect, it, vi } from 'vitest';
import { printDemoAccounts } from './seed-demo.command';

afterEach(() => vi.restoreAllMocks());

describe('the demo accounts printed at start', () => {
  it('name each role in Vietnamese, not by its code', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    printDemoAccounts({
      accounts: [
        {
          username: 'tinh.ocop',
          password: 'demo-password',
          displayName: 'Văn phòng OCOP tỉnh',
          roles: ['standing_office', 'leader'],
          unit: { id: 'u1', code: '01', name: 'Thành phố Hà Nội' },
        },
      ],
      dossiers: [],
      certificates: [],
      stamps: [],
      events: [],
      plans: [],
    });
    const text = written.join('');
    expect(text).toContain('Cơ quan thường trực OCOP, Lãnh đạo UBND / Bộ');
    expect(text).not.toContain('standing_office');
  });
});
