import { expect, test } from '@playwright/test';
import { expectAppReady } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expectAppReady(page);
});

test('switches to Simplified Chinese, keeps the choice across a reload, and switches back', async ({ page }) => {
  // The browser runs with an English locale: the interface starts in English.
  await expect(page.getByRole('button', { name: 'Open', exact: true })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.getByRole('region', { name: '原文' })).toBeVisible();
  await expect(page.getByRole('region', { name: '整理稿' })).toBeVisible();
  await expect(page.getByRole('region', { name: '原文' }).getByRole('heading').first()).toContainText('原文');
  await expect(page.getByRole('region', { name: '整理稿' }).getByRole('heading').first()).toContainText('整理稿');
  await expect(page.getByRole('button', { name: '打开', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // What the engine says (repair kinds and reasons) is not translated.
  await expect(page.getByRole('list', { name: '修复' }).locator('.repair-kind').first()).toHaveText(/^[a-z-]+$/);

  await page.reload();
  await expect(page.getByRole('region', { name: '原文' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '打开', exact: true })).toBeVisible();

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expectAppReady(page);
  await expect(page.getByRole('button', { name: 'Open', exact: true })).toBeVisible();
  await page.reload();
  await expectAppReady(page);
  await expect(page.getByRole('button', { name: 'Open', exact: true })).toBeVisible();
});
