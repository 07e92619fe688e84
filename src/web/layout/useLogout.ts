import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { logout, logoutEverywhere } from '../api/auth.api';

/** Ends this session (or every session of the account) and goes to the login page. */
export function useLogout(everywhere: boolean) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: everywhere ? logoutEverywhere : logout,
    onSettled: async () => {
      queryClient.clear();
      await navigate({ to: '/login' });
    },
  });
}
